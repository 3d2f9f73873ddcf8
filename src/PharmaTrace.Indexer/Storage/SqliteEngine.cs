using SQLitePCL;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// Process-wide SQLite settings, which SQLite takes only before it is initialised (sqlite.org/c3ref/config.html), so
/// every code path that opens a SQLite database calls <see cref="Configure"/> first.
/// <list type="bullet">
/// <item>Multi-thread mode (<c>SQLITE_CONFIG_MULTITHREAD</c>): a connection is used by one thread at a time (ADO.NET's
/// rule, and the pool's), so SQLite need not lock each connection's mutex on every call. The bundled library is
/// built serialized, which does.</item>
/// <item>No memory statistics (<c>SQLITE_CONFIG_MEMSTATUS</c> off): with them, every allocation takes one global mutex,
/// which the lanes' connections then contend for; an index build sorts with many allocations.</item>
/// </list>
/// </summary>
public static class SqliteEngine
{
    private static readonly Lazy<int> Result = new(Apply, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Applies the settings once; returns SQLite's result code: <c>SQLITE_OK</c> (0), or <c>SQLITE_MISUSE</c> (21) when
    /// SQLite had been initialised before (it then keeps its defaults, which are correct, only slower).
    /// </summary>
    public static int Configure() => Result.Value;

    private static int Apply()
    {
        Batteries_V2.Init();
        var rc = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        if (rc != raw.SQLITE_OK)
        {
            return rc;
        }
        rc = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return rc != raw.SQLITE_OK ? rc : raw.sqlite3_initialize();
    }
}
