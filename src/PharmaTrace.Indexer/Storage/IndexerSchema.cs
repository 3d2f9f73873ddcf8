namespace PharmaTrace.Indexer.Storage;

/// <summary>The DDL of the indexer's own tables; the same text runs on SQLite and PostgreSQL.</summary>
internal static class IndexerSchema
{
    /// <summary>
    /// The layout of the read model's tables, recorded in <c>indexer_schema</c> when it is created. The read model is
    /// a cache of the chain, so a layout change raises it and an older read model is refused, to be rebuilt by
    /// replay, rather than migrated. 2: EPCIS events keep their countries in a column and have fewer indexes.
    /// 3: EPCIS event IDs follow the chain (EpcisEventId) and have no index; epcis_event.log_index is BIGINT like
    /// every other integer column (binary COPY writes 8-byte integers). 4: a checkpoint row per lane
    /// (<see cref="ProjectionLane"/>); the EPCIS tables have a lane, and on SQLite a file, of their own, and keep their
    /// own parties and batches. 5: on PostgreSQL every text column is <c>COLLATE "C"</c> (<see cref="Projection.SqlDialects.Ddl"/>);
    /// a lane's checkpoint row says whether its query indexes are still to be built (<see cref="IndexerStore.BuildQueryIndexesAsync"/>).
    /// 6: the EPCIS events' location and party columns hold GLNs as numbers (<see cref="Epcis.Storage.EpcisSchema.GlnKey"/>),
    /// their action, step and disposition columns codes (<see cref="Epcis.Storage.EpcisWordCodes"/>);
    /// the custody movements' query index is on the batch alone; an EPCIS document is stored without what its event's
    /// columns hold (<see cref="Epcis.Mapping.EpcisEventRenderer"/>).
    /// 7: on PostgreSQL the EPCIS events, documents and identifiers have no primary key while a lane catches up; their
    /// unique keys are built at the head with the query indexes (<see cref="Epcis.Storage.EpcisSchema.PostgresKeys"/>).
    /// </summary>
    public const long Version = 7;

    /// <summary>The version of a read model created before <c>indexer_schema</c> existed.</summary>
    public const long FirstVersion = 1;

    public static readonly IReadOnlyList<string> Statements =
    [
        "CREATE TABLE IF NOT EXISTS indexer_meta (id INTEGER PRIMARY KEY, chain_id BIGINT NOT NULL, genesis_hash TEXT NOT NULL, contract TEXT NOT NULL, deployment_block BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS indexer_checkpoint (id INTEGER PRIMARY KEY, block_number BIGINT NOT NULL, block_hash TEXT NOT NULL, query_indexes_pending BIGINT NOT NULL DEFAULT 0)",
        "CREATE TABLE IF NOT EXISTS indexer_block (block_number BIGINT PRIMARY KEY, block_hash TEXT NOT NULL, parent_hash TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS indexer_schema (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)",
    ];
}
