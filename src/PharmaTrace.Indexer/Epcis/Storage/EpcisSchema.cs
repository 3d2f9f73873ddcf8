using System.Globalization;
using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis.Storage;

/// <summary>
/// The EPCIS tables: append-only, every row with its block for reorganisation rollback. <c>seq</c> orders events
/// in chain order (block, log) and is the keyset of paging; times are Unix milliseconds so both databases compare
/// them the same way. A catch-up writes every index entry a million times, so only the parameters that select few
/// events have an index ending in <c>seq</c> (a filtered page is then a range scan); the others are served by a
/// column of the row the page scan reads anyway:
/// <list type="bullet">
/// <item><c>eventType</c> has no column: every stored event is an ObjectEvent (EpcisMapping.md).</item>
/// <item><c>recordTime</c> and <c>readPoint</c> are always <c>eventTime</c> and <c>bizLocation</c> (the block's time and
/// the acting party's GLN), so they are those columns.</item>
/// <item><c>bizLocation</c> and the source and destination owning parties are always a party's GLN (AI 414, no
/// extension), so their columns hold the GLN as a number (<see cref="GlnKey"/>): a catch-up sorts a million of each into
/// an index, and URIs that all begin with the same 23 characters sort several times slower than integers.</item>
/// <item><c>action</c>, <c>bizStep</c> and <c>disposition</c> are words of fixed vocabularies, stored as their codes
/// (<see cref="EpcisWordCodes"/>) for the same reason.</item>
/// <item><c>pt:countries</c> is the <c>countries</c> column, <c>|DE|FR|</c>: a country concerns a large share of all
/// events, so a country filter is checked on the rows another filter's index (or <c>seq</c>) walks.</item>
/// </list>
/// </summary>
public static class EpcisSchema
{
    public const string Events = "epcis_event";

    /// <summary>
    /// The part of each event's JSON document that its row does not hold (<see cref="Mapping.EpcisEventRenderer"/>), by
    /// <c>seq</c>: a table of its own, so that the events' rows stay small for the scans that build their indexes and the
    /// filters that read them.
    /// </summary>
    public const string Documents = "epcis_document";
    public const string Epcs = "epcis_epc";

    /// <summary>The parties (participants and regulators) the events name: GLN and country by address.</summary>
    public const string Parties = "epcis_party";

    /// <summary>The batches the events name: GTIN, lot, expiry and country by batch id.</summary>
    public const string Batches = "epcis_batch";

    public static IReadOnlyList<string> Tables { get; } = [Events, Documents, Epcs, Parties, Batches];

    /// <summary>The tables rolled back by <c>seq</c>; the others by <c>block_number</c>.</summary>
    public static IReadOnlyList<string> SeqTables { get; } = [Events, Documents, Epcs];

    /// <summary>Log indexes of a block are below this (a block's gas cannot pay for more logs).</summary>
    public const int LogIndexLimit = 1_000_000;

    /// <summary>The sequence number of a ledger event: block number then log index, one integer.</summary>
    public static long Seq(ulong blockNumber, int logIndex) => checked((long)blockNumber * LogIndexLimit + logIndex);

    /// <summary>The first sequence number above <paramref name="blockNumber"/>'s events.</summary>
    public static long SeqAbove(ulong blockNumber) => Seq(blockNumber + 1, 0);

    /// <summary>The <c>action</c> column's codes.</summary>
    public static readonly EpcisWordCodes ActionCodes = new(["ADD", "OBSERVE", "DELETE"]);

    /// <summary>The <c>biz_step</c> column's codes: the CBV 2.0 business steps.</summary>
    public static readonly EpcisWordCodes BizStepCodes = new(Model.CbvVocabulary.BizStepWords);

    /// <summary>The <c>disposition</c> column's codes: the CBV 2.0 dispositions.</summary>
    public static readonly EpcisWordCodes DispositionCodes = new(Model.CbvVocabulary.DispositionWords);

    private const string GlnLocationPrefix = DigitalLinkUri.CanonicalStem + "/414/";

    /// <summary>
    /// The column value of a location or party: the GLN of a canonical Digital Link URI with AI 414 alone (how every
    /// stored event names a party, <see cref="Model.EpcisIdentifiers.Location"/>), as a number; null for any other
    /// identifier, which no stored event has.
    /// </summary>
    public static long? GlnKey(string? location) =>
        location?.Length == GlnLocationPrefix.Length + 13 && location.StartsWith(GlnLocationPrefix, StringComparison.Ordinal)
            && long.TryParse(location.AsSpan(GlnLocationPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var gln)
            ? gln
            : null;

    /// <summary>The location or party of a GLN column value: the inverse of <see cref="GlnKey"/>.</summary>
    public static string GlnLocation(long gln) => GlnLocationPrefix + gln.ToString("D13", CultureInfo.InvariantCulture);

    private static readonly string[] RenderedColumns =
        ["seq", "event_id", "event_time", "action", "biz_step", "disposition", "biz_location", "source_owning_party", "destination_owning_party", "countries"];

    /// <summary>The columns of <see cref="Events"/> that <see cref="ReadColumns"/> reads, in its order, of the table or subquery <paramref name="alias"/>.</summary>
    public static string EventColumns(string alias) => string.Join(", ", RenderedColumns.Select(column => $"{alias}.{column}"));

    /// <summary>An event's columns, <see cref="EventColumns"/> from <paramref name="first"/> on, as the renderer takes them.</summary>
    public static Mapping.EpcisEventColumns ReadColumns(System.Data.Common.DbDataReader reader, int first)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var seq = reader.GetInt64(first);
        return new Mapping.EpcisEventColumns(
            reader.GetString(first + 1),
            reader.GetInt64(first + 2),
            ActionCodes.Word(reader.GetInt64(first + 3)),
            reader.IsDBNull(first + 4) ? null : BizStepCodes.Word(reader.GetInt64(first + 4)),
            reader.IsDBNull(first + 5) ? null : DispositionCodes.Word(reader.GetInt64(first + 5)),
            reader.IsDBNull(first + 6) ? null : GlnLocation(reader.GetInt64(first + 6)),
            reader.IsDBNull(first + 7) ? null : GlnLocation(reader.GetInt64(first + 7)),
            reader.IsDBNull(first + 8) ? null : GlnLocation(reader.GetInt64(first + 8)),
            reader.GetString(first + 9).Split('|', StringSplitOptions.RemoveEmptyEntries),
            (ulong)(seq / LogIndexLimit),
            (int)(seq % LogIndexLimit));
    }

    /// <summary>The <c>countries</c> column of an event: each code between pipes, so <c>LIKE '%|DE|%'</c> finds one.</summary>
    public static string CountriesColumn(IEnumerable<string> countries) => $"|{string.Concat(countries.Select(c => c + "|"))}";

    /// <summary>The <c>LIKE</c> pattern of one country in the <c>countries</c> column.</summary>
    public static string CountryPattern(string country) => $"%|{country}|%";

    public static IEnumerable<string> Ddl(SqlDialect dialect)
    {
        // BIGINT and TEXT mean the same on SQLite and PostgreSQL, but on SQLite only "INTEGER PRIMARY KEY" makes
        // seq the rowid (sqlite.org/lang_createtable.html#rowid), and WITHOUT ROWID makes a composite key the table
        // itself: each saves one b-tree insert a row, which a catch-up pays a million times. Rows are rolled back
        // by seq (EpcisProjection), so block_number needs no index; an event ID names its seq (EpcisEventId), so
        // event_id needs none either (an index of random IDs would be rewritten all over at every range). On PostgreSQL a
        // table is a heap beside its indexes, so its key is one more index to insert into and log for every row: the
        // keys wait for the head with the query indexes (PostgresKeys).
        var sqlite = dialect == SqlDialect.Sqlite;
        var key = sqlite ? "INTEGER PRIMARY KEY" : "BIGINT NOT NULL";
        yield return $"""
            CREATE TABLE IF NOT EXISTS {Events} (
                seq {key},
                event_id TEXT NOT NULL,
                event_time BIGINT NOT NULL,
                action BIGINT NOT NULL,
                biz_step BIGINT,
                disposition BIGINT,
                biz_location BIGINT,
                source_owning_party BIGINT,
                destination_owning_party BIGINT,
                countries TEXT NOT NULL,
                block_number BIGINT NOT NULL,
                log_index BIGINT NOT NULL)
            """;
        yield return $"CREATE TABLE IF NOT EXISTS {Documents} (seq {key}, block_number BIGINT NOT NULL, document TEXT NOT NULL)";
        yield return $"CREATE TABLE IF NOT EXISTS {Epcs} (kind TEXT NOT NULL, epc TEXT NOT NULL, seq BIGINT NOT NULL, block_number BIGINT NOT NULL{(sqlite ? ", PRIMARY KEY (kind, epc, seq)) WITHOUT ROWID" : ")")}";
        // The lane's own master data (IndexerStore runs it beside the domain projection, whose tables it cannot read
        // mid-range): a few rows per party and batch, looked up by key, the latest block first.
        yield return $"CREATE TABLE IF NOT EXISTS {Parties} (address TEXT NOT NULL, gln TEXT NOT NULL, country TEXT NOT NULL, block_number BIGINT NOT NULL)";
        yield return $"CREATE INDEX IF NOT EXISTS ix_{Parties}_address ON {Parties} (address, block_number)";
        yield return $"CREATE TABLE IF NOT EXISTS {Batches} (batch_id TEXT NOT NULL, gtin TEXT NOT NULL, lot TEXT NOT NULL, expiry TEXT NOT NULL, country TEXT NOT NULL, block_number BIGINT NOT NULL)";
        yield return $"CREATE INDEX IF NOT EXISTS ix_{Batches}_batch_id ON {Batches} (batch_id, block_number)";
    }

    private static readonly string[] IndexedColumns =
        ["event_time", "action", "biz_step", "disposition", "biz_location", "source_owning_party", "destination_owning_party"];

    /// <summary>The indexes of the query parameters, each ending in <c>seq</c> (a filtered page is a range scan).</summary>
    public static IReadOnlyList<string> QueryIndexes { get; } =
        [.. IndexedColumns.Select(column => $"CREATE INDEX IF NOT EXISTS ix_{Events}_{column} ON {Events} ({column}, seq)")];

    /// <summary>
    /// The keys of <see cref="SeqTables"/> on PostgreSQL, whose tables are heaps beside their indexes: built at the head
    /// with the query indexes, from one sort each, instead of an index entry inserted and logged for every row.
    /// </summary>
    public static IReadOnlyList<string> PostgresKeys { get; } =
    [
        $"CREATE UNIQUE INDEX IF NOT EXISTS ux_{Events}_seq ON {Events} (seq)",
        $"CREATE UNIQUE INDEX IF NOT EXISTS ux_{Documents}_seq ON {Documents} (seq)",
        $"CREATE UNIQUE INDEX IF NOT EXISTS ux_{Epcs}_key ON {Epcs} (kind, epc, seq)",
    ];

    /// <summary>The indexes built at the head: <see cref="QueryIndexes"/>, and on PostgreSQL <see cref="PostgresKeys"/> first.</summary>
    public static IEnumerable<string> DeferredIndexes(SqlDialect dialect) =>
        dialect == SqlDialect.PostgreSql ? PostgresKeys.Concat(QueryIndexes) : QueryIndexes;
}
