namespace PharmaTrace.Indexer.Projection.Domain;

/// <summary>
/// The domain tables: append-only facts, each row with the block, transaction and log that prove it
/// (<c>block_number</c>, <c>tx_hash</c>, <c>log_index</c>) and the block's time (<c>timestamp</c>, Unix
/// seconds). Current state is a query over facts (the latest status, <c>SUM(delta)</c> of holdings), so
/// rolling back a reorganisation is a <c>DELETE ... WHERE block_number &gt; ancestor</c>.
/// Hex values are lowercase <c>0x</c> text; a null country means "everywhere" (the ledger's <c>0x0000</c>).
/// </summary>
/// <remarks>
/// <c>actor</c> is the account that acted (the contract's <c>by</c>, a reserved word in SQL);
/// custody pseudo-holders are <see cref="InTransit"/>, <see cref="Seized"/> and <see cref="Decommissioned"/>,
/// so that <c>SUM(delta)</c> over a batch always equals its pack count (the ledger's conservation rule).
/// </remarks>
public static class DomainSchema
{
    /// <summary>The custody pseudo-holder of quantities dispatched and not yet received, rejected or seized.</summary>
    public const string InTransit = "in_transit";

    /// <summary>The custody pseudo-holder of quantities seized by customs.</summary>
    public const string Seized = "seized";

    /// <summary>The custody pseudo-holder of decommissioned packs.</summary>
    public const string Decommissioned = "decommissioned";

    private const string Proof = "block_number BIGINT NOT NULL, tx_hash TEXT NOT NULL, log_index BIGINT NOT NULL, timestamp BIGINT NOT NULL";

    /// <summary>Every table, in the order the projection writes them.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "country", "country_proposal", "country_vote", "participant", "participant_status",
        "batch", "batch_leaf", "batch_completion", "batch_consistency", "batch_status",
        "shipment_event", "custody_movement", "pack_event",
    ];

    /// <summary>
    /// The tables and the unique indexes (which the projection reads through, and which refuse a fact applied twice); the
    /// same text runs on SQLite and PostgreSQL (BIGINT and TEXT mean the same to both).
    /// </summary>
    public static readonly IReadOnlyList<string> Statements =
    [
        $"CREATE TABLE IF NOT EXISTS country (code TEXT NOT NULL, regulator TEXT NOT NULL, gln TEXT NOT NULL, name TEXT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS country_proposal (code TEXT NOT NULL, regulator TEXT NOT NULL, gln TEXT NOT NULL, name TEXT NOT NULL, proposer TEXT NOT NULL, deadline BIGINT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS country_vote (code TEXT NOT NULL, voter TEXT NOT NULL, votes BIGINT NOT NULL, members_at_vote BIGINT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS participant (address TEXT NOT NULL, country TEXT NOT NULL, role TEXT NOT NULL, gln TEXT NOT NULL, name TEXT NOT NULL, admitted_by TEXT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS participant_status (address TEXT NOT NULL, country TEXT NOT NULL, status TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS batch (batch_id TEXT NOT NULL, gtin TEXT NOT NULL, lot TEXT NOT NULL, expiry TEXT NOT NULL, pack_count BIGINT NOT NULL, merkle_root TEXT NOT NULL, manufacturer TEXT NOT NULL, country TEXT NOT NULL, {Proof})",
        "CREATE UNIQUE INDEX IF NOT EXISTS batch_id ON batch (batch_id)",
        "CREATE TABLE IF NOT EXISTS batch_leaf (batch_id TEXT NOT NULL, leaf_index BIGINT NOT NULL, serial_hash TEXT NOT NULL, block_number BIGINT NOT NULL, log_index BIGINT NOT NULL)",
        "CREATE UNIQUE INDEX IF NOT EXISTS batch_leaf_position ON batch_leaf (batch_id, leaf_index)",
        $"CREATE TABLE IF NOT EXISTS batch_completion (batch_id TEXT NOT NULL, pack_count BIGINT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS batch_consistency (batch_id TEXT NOT NULL, consistent BIGINT NOT NULL, computed_root TEXT NOT NULL, leaf_count BIGINT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS batch_status (batch_id TEXT NOT NULL, country TEXT, kind TEXT NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL, {Proof})",
        $"CREATE TABLE IF NOT EXISTS shipment_event (shipment_id BIGINT NOT NULL, batch_id TEXT NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, from_address TEXT, to_address TEXT, from_country TEXT, to_country TEXT, country TEXT, quantity BIGINT NOT NULL, sscc TEXT, reason TEXT, {Proof})",
        "CREATE TABLE IF NOT EXISTS custody_movement (batch_id TEXT NOT NULL, holder TEXT NOT NULL, delta BIGINT NOT NULL, block_number BIGINT NOT NULL, log_index BIGINT NOT NULL, tx_hash TEXT NOT NULL)",
        $"CREATE TABLE IF NOT EXISTS pack_event (batch_id TEXT NOT NULL, leaf_index BIGINT NOT NULL, serial_hash TEXT, kind TEXT NOT NULL, reason TEXT, actor TEXT NOT NULL, record_id TEXT, {Proof})",
    ];

    /// <summary>The indexes that serve the read model's queries only (<see cref="ILedgerProjection.QueryIndexes"/>).</summary>
    public static readonly IReadOnlyList<string> QueryIndexes =
    [
        "CREATE INDEX IF NOT EXISTS participant_address ON participant (address)",
        "CREATE INDEX IF NOT EXISTS participant_status_address ON participant_status (address, block_number, log_index)",
        "CREATE INDEX IF NOT EXISTS batch_gtin_lot ON batch (gtin, lot)",
        "CREATE INDEX IF NOT EXISTS batch_leaf_serial ON batch_leaf (serial_hash)",
        "CREATE INDEX IF NOT EXISTS batch_consistency_batch ON batch_consistency (batch_id)",
        "CREATE INDEX IF NOT EXISTS batch_status_batch ON batch_status (batch_id, block_number, log_index)",
        "CREATE INDEX IF NOT EXISTS shipment_event_shipment ON shipment_event (shipment_id, block_number, log_index)",
        "CREATE INDEX IF NOT EXISTS shipment_event_batch ON shipment_event (batch_id, block_number, log_index)",
        "CREATE INDEX IF NOT EXISTS custody_movement_batch ON custody_movement (batch_id)",
        "CREATE INDEX IF NOT EXISTS pack_event_pack ON pack_event (batch_id, leaf_index, block_number, log_index)",
        "CREATE INDEX IF NOT EXISTS pack_event_batch ON pack_event (batch_id, block_number, log_index)",
    ];
}
