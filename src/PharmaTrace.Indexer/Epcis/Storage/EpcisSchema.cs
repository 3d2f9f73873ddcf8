using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis.Storage;

/// <summary>
/// The EPCIS tables: append-only, every row with its block for reorganisation rollback. <c>seq</c> orders events
/// in chain order (block, log) and is the keyset of paging; times are Unix milliseconds so both databases compare
/// them the same way. Each query parameter has an index ending in <c>seq</c>, so a filtered page is a range scan.
/// </summary>
public static class EpcisSchema
{
    public const string Events = "epcis_event";
    public const string Countries = "epcis_event_country";
    public const string Epcs = "epcis_epc";

    public static IReadOnlyList<string> Tables { get; } = [Events, Countries, Epcs];

    /// <summary>The sequence number of a ledger event: block number then log index, one integer.</summary>
    public static long Seq(ulong blockNumber, int logIndex) => checked((long)blockNumber * 1_000_000 + logIndex);

    public static IEnumerable<string> Ddl(SqlDialect dialect)
    {
        // BIGINT and TEXT mean the same on SQLite and PostgreSQL, but on SQLite only "INTEGER PRIMARY KEY" makes
        // seq the rowid (sqlite.org/lang_createtable.html#rowid), and WITHOUT ROWID makes a composite key the table
        // itself: each saves one b-tree insert a row, which a catch-up pays a million times.
        var sqlite = dialect == SqlDialect.Sqlite;
        var key = sqlite ? "INTEGER" : "BIGINT";
        var withoutRowId = sqlite ? " WITHOUT ROWID" : "";
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Events} (
                seq {key} PRIMARY KEY,
                event_id TEXT NOT NULL UNIQUE,
                event_type TEXT NOT NULL,
                event_time BIGINT NOT NULL,
                record_time BIGINT NOT NULL,
                action TEXT NOT NULL,
                biz_step TEXT,
                disposition TEXT,
                biz_location TEXT,
                read_point TEXT,
                source_owning_party TEXT,
                destination_owning_party TEXT,
                document TEXT NOT NULL,
                block_number BIGINT NOT NULL,
                log_index INTEGER NOT NULL)
            """;
        yield return $"CREATE TABLE IF NOT EXISTS {Countries} (country TEXT NOT NULL, seq BIGINT NOT NULL, block_number BIGINT NOT NULL, PRIMARY KEY (country, seq)){withoutRowId}";
        yield return $"CREATE TABLE IF NOT EXISTS {Epcs} (kind TEXT NOT NULL, epc TEXT NOT NULL, seq BIGINT NOT NULL, block_number BIGINT NOT NULL, PRIMARY KEY (kind, epc, seq)){withoutRowId}";
        foreach (var column in new[] { "event_time", "record_time", "event_type", "action", "biz_step", "disposition", "biz_location", "read_point", "source_owning_party", "destination_owning_party" })
        {
            yield return $"CREATE INDEX IF NOT EXISTS ix_{Events}_{column} ON {Events} ({column}, seq)";
        }

        foreach (var table in Tables)
        {
            yield return $"CREATE INDEX IF NOT EXISTS ix_{table}_block ON {table} (block_number)";
        }
    }
}
