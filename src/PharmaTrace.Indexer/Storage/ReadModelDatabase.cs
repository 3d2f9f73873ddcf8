using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// The read model's database: one ADO.NET code path for SQLite and PostgreSQL; the dialect is only
/// consulted where the SQL differs.
/// </summary>
public sealed class ReadModelDatabase : IAsyncDisposable
{
    private readonly DbDataSource _source;

    /// <summary>Creates the data source for the options.</summary>
    public ReadModelDatabase(ReadModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Dialect = options.Dialect;
        _source = options.Dialect switch
        {
            SqlDialect.Sqlite => SqliteFactory.Instance.CreateDataSource(options.ConnectionString),
            SqlDialect.PostgreSql => NpgsqlDataSource.Create(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Dialect, "Unknown SQL dialect."),
        };
    }

    /// <summary>The database's dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Opens a pooled connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        if (Dialect == SqlDialect.Sqlite)
        {
            // WAL lets readers run beside the writer; NORMAL sync is still atomic per transaction
            // (sqlite.org/wal.html), which is what exactly-once needs: a power loss may only lose the
            // last commits, and with them their checkpoint, so the follower reads those blocks again.
            // The read model is a cache of the chain (it can always be rebuilt by replaying from the
            // deployment), so durability is traded for speed past that: a 256 MiB page cache (a limit, filled
            // by the writer's dirty pages: a catch-up range of 10,000 EPCIS events dirties tens of MiB, which a
            // smaller cache spills into the WAL before the commit writes them again) and memory mapping keep a
            // catch-up's indexes in memory, temporary b-trees stay in memory, and the WAL is checkpointed every
            // 16 MiB rather than every 4 MiB (fewer fsyncs and copies).
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-262144; "
                + "PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456; PRAGMA wal_autocheckpoint=4000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        return connection;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
