namespace PharmaTrace.Indexer.Storage;

/// <summary>The DDL of the indexer's own tables; the same text runs on SQLite and PostgreSQL.</summary>
internal static class IndexerSchema
{
    public static readonly IReadOnlyList<string> Statements =
    [
        "CREATE TABLE IF NOT EXISTS indexer_meta (id INTEGER PRIMARY KEY, chain_id BIGINT NOT NULL, genesis_hash TEXT NOT NULL, contract TEXT NOT NULL, deployment_block BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS indexer_checkpoint (id INTEGER PRIMARY KEY, block_number BIGINT NOT NULL, block_hash TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS indexer_block (block_number BIGINT PRIMARY KEY, block_hash TEXT NOT NULL, parent_hash TEXT NOT NULL)",
    ];
}
