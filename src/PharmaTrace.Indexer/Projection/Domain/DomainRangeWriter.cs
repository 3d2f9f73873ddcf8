using System.Data.Common;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Projection.Domain;

/// <summary>The row buffers of one range transaction; reads flush them first so they see every row written.</summary>
internal sealed class DomainRangeWriter : IAsyncDisposable
{
    private const string Proof = "block_number,tx_hash,log_index,timestamp";
    private readonly DbTransaction _transaction;
    private readonly SqlDialect _dialect;
    private readonly RowBuffer[] _all;

    public DomainRangeWriter(DbTransaction transaction, SqlDialect dialect)
    {
        _transaction = transaction;
        _dialect = dialect;
        _all =
        [
            Country = Buffer("country", "code,regulator,gln,name"),
            CountryProposal = Buffer("country_proposal", "code,regulator,gln,name,proposer,deadline"),
            CountryVote = Buffer("country_vote", "code,voter,votes,members_at_vote"),
            Participant = Buffer("participant", "address,country,role,gln,name,admitted_by"),
            ParticipantStatus = Buffer("participant_status", "address,country,status,actor,reason"),
            Batch = Buffer("batch", "batch_id,gtin,lot,expiry,pack_count,merkle_root,manufacturer,country"),
            Leaf = new RowBuffer(dialect, "batch_leaf", "batch_id", "leaf_index", "serial_hash", "block_number", "log_index"),
            Completion = Buffer("batch_completion", "batch_id,pack_count"),
            Consistency = Buffer("batch_consistency", "batch_id,consistent,computed_root,leaf_count"),
            BatchStatus = Buffer("batch_status", "batch_id,country,kind,actor,reason"),
            Shipment = Buffer("shipment_event", "shipment_id,batch_id,kind,actor,from_address,to_address,from_country,to_country,country,quantity,sscc,reason"),
            Custody = new RowBuffer(dialect, "custody_movement", "batch_id", "holder", "delta", "block_number", "log_index", "tx_hash"),
            Pack = Buffer("pack_event", "batch_id,leaf_index,serial_hash,kind,reason,actor,record_id"),
        ];
    }

    public RowBuffer Country { get; }
    public RowBuffer CountryProposal { get; }
    public RowBuffer CountryVote { get; }
    public RowBuffer Participant { get; }
    public RowBuffer ParticipantStatus { get; }
    public RowBuffer Batch { get; }
    public RowBuffer Leaf { get; }
    public RowBuffer Completion { get; }
    public RowBuffer Consistency { get; }
    public RowBuffer BatchStatus { get; }
    public RowBuffer Shipment { get; }
    public RowBuffer Custody { get; }
    public RowBuffer Pack { get; }

    public void Move(LedgerEventContext c, Hash32 batchId, string holder, long delta) =>
        Custody.Add(batchId.ToString(), holder, delta, checked((long)c.BlockNumber), (long)c.LogIndex, c.TransactionHash.ToString());

    /// <summary>Rebuilds the batch's tree from its leaves and records whether it gives the registered root.</summary>
    public async Task CheckConsistencyAsync(LedgerEventContext c, Hash32 batchId, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        var connection = _transaction.Connection!;
        var id = batchId.ToString();
        var leaves = new List<Hash32>();
        var contiguous = true;
        await using (var command = connection.Command("SELECT leaf_index, serial_hash FROM batch_leaf WHERE batch_id = @b ORDER BY leaf_index", _transaction, ("@b", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                contiguous &= reader.GetInt64(0) == leaves.Count;
                leaves.Add(Hash32.Parse(reader.GetString(1)));
            }
        }
        await using var rootCommand = connection.Command("SELECT merkle_root FROM batch WHERE batch_id = @b", _transaction, ("@b", id));
        var registered = await rootCommand.ExecuteScalarAsync(cancellationToken) as string;
        var computed = leaves.Count == 0 ? Hash32.Zero : PackMerkleTree.Build(leaves).Root;
        var consistent = contiguous && registered is not null && Hash32.Parse(registered) == computed;
        Consistency.Add(id, consistent ? 1L : 0L, computed.ToString(), (long)leaves.Count,
            checked((long)c.BlockNumber), c.TransactionHash.ToString(), (long)c.LogIndex, c.BlockTimestamp.ToUnixTimeSeconds());
    }

    /// <summary>The serial hash published for a pack, or <see langword="null"/>.</summary>
    public async Task<string?> SerialHashAsync(Hash32 batchId, uint index, CancellationToken cancellationToken)
    {
        await Leaf.FlushAsync(_transaction, cancellationToken);
        await using var command = _transaction.Connection!.Command(
            "SELECT serial_hash FROM batch_leaf WHERE batch_id = @b AND leaf_index = @i", _transaction, ("@b", batchId.ToString()), ("@i", (long)index));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var buffer in _all)
        {
            if (buffer.Count > 0)
            {
                await buffer.FlushAsync(_transaction, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var buffer in _all)
        {
            await buffer.DisposeAsync();
        }
    }

    private RowBuffer Buffer(string table, string columns) => new(_dialect, table, [.. columns.Split(','), .. Proof.Split(',')]);
}
