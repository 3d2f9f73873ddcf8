using System.Data.Common;
using System.Text;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Queries;

/// <summary>
/// A batch's or a pack's custody chain: registration, every shipment step, every status change (recalls,
/// quarantines and their release) and the packs' decommissions, undos and falsification alerts, in chain order.
/// </summary>
public sealed class ProvenanceQueries(ReadModelDatabase database)
{
    /// <summary>The provenance of a GTIN-14 and lot, or <see langword="null"/> when no such batch is registered.</summary>
    public async Task<ProvenanceView?> FindAsync(string gtin14, string lot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var batch = await BatchRow.FindAsync(connection, gtin14, lot, cancellationToken);
        return batch is null ? null : await BuildAsync(connection, batch, null, cancellationToken);
    }

    /// <summary>The lots of a GTIN-14 whose published leaves hold <paramref name="serial"/>, oldest registration first.</summary>
    public async Task<IReadOnlyList<string>> LotsOfSerialAsync(string gtin14, string serial, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var lots = new List<string>();
        await foreach (var (lot, _) in FindLeavesAsync(connection, gtin14, serial, cancellationToken))
        {
            lots.Add(lot);
        }
        return lots;
    }

    /// <summary>The provenance of one pack of a batch, or <see langword="null"/> when the batch does not publish that serial.</summary>
    public async Task<PackProvenanceView?> FindPackAsync(string gtin14, string lot, string serial, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        long? leafIndex = null;
        await foreach (var (found, index) in FindLeavesAsync(connection, gtin14, serial, cancellationToken))
        {
            if (string.Equals(found, lot, StringComparison.Ordinal))
            {
                leafIndex = index;
            }
        }
        if (leafIndex is not { } packIndex || await BatchRow.FindAsync(connection, gtin14, lot, cancellationToken) is not { } batch
            || await BuildAsync(connection, batch, packIndex, cancellationToken) is not { } provenance)
        {
            return null;
        }
        // The decommission in force is the last decommission not undone; an alert changes nothing.
        var last = provenance.Steps.LastOrDefault(s => s.PackIndex is not null && s.Kind is "decommissioned" or "reactivated");
        var status = last is { Kind: "decommissioned", Reason: { } reason } ? reason : "active";
        return new PackProvenanceView(serial, SerialHash(serial), packIndex, status, provenance);
    }

    private static string SerialHash(string serial) => Hash32.Keccak(Encoding.UTF8.GetBytes(serial)).ToString();

    private static async IAsyncEnumerable<(string Lot, long LeafIndex)> FindLeavesAsync(
        DbConnection connection, string gtin14, string serial, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT b.lot, l.leaf_index FROM batch_leaf l JOIN batch b ON b.batch_id = l.batch_id " +
            "WHERE l.serial_hash = @h AND b.gtin = @g ORDER BY b.block_number, b.log_index", null, ("@h", SerialHash(serial)), ("@g", gtin14));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return (reader.GetString(0), reader.GetInt64(1));
        }
    }

    // Every step of the batch; the pack steps of one pack when packIndex is given, of every pack otherwise.
    private static async Task<ProvenanceView?> BuildAsync(DbConnection connection, BatchRow batch, long? packIndex, CancellationToken cancellationToken)
    {
        long chainId;
        string contract;
        await using (var meta = connection.Command("SELECT chain_id, contract FROM indexer_meta WHERE id = 1"))
        await using (var reader = await meta.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            (chainId, contract) = (reader.GetInt64(0), reader.GetString(1));
        }
        var shipments = await ShipmentEventRow.ReadAsync(connection, "batch_id = @b", ("@b", batch.BatchId), cancellationToken);
        var statuses = new List<(string? Country, string Kind, string Actor, string Reason, LedgerProof Proof, DateTimeOffset At)>();
        await using (var command = connection.Command(
            $"SELECT country, kind, actor, reason, {QueryRows.ProofColumns} FROM batch_status WHERE batch_id = @b", null, ("@b", batch.BatchId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (proof, at) = QueryRows.Proof(reader, 4);
                statuses.Add((reader.GetNullableString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), proof, at));
            }
        }
        var packEvents = await PackEventRow.ReadAsync(connection, batch.BatchId, packIndex, cancellationToken);
        var parties = await PartyDirectory.LoadAsync(connection,
            [batch.Manufacturer, .. statuses.Select(s => s.Actor), .. shipments.SelectMany(r => new[] { r.Actor, r.From, r.To }), .. packEvents.Select(p => p.Actor)],
            cancellationToken);
        var dispatches = shipments.Where(r => r.Kind == "dispatched").ToDictionary(r => r.ShipmentId);
        var steps = new List<ProvenanceStep>
        {
            new("registered", batch.At, parties.Find(batch.Manufacturer)!, null, null, null, null, batch.Country, null, batch.PackCount, null, null, null, null, null, batch.Proof),
        };
        foreach (var r in shipments)
        {
            dispatches.TryGetValue(r.ShipmentId, out var dispatch);
            var decision = r.Kind.StartsWith("customs_", StringComparison.Ordinal) ? r.Kind["customs_".Length..] : null;
            steps.Add(new ProvenanceStep(r.Kind, r.At, parties.Find(r.Actor)!, parties.Find(dispatch?.From), parties.Find(r.To ?? dispatch?.To),
                dispatch?.FromCountry, dispatch?.ToCountry, r.Country, r.ShipmentId, r.Quantity, decision, r.Sscc, r.Reason, null, null, r.Proof));
        }
        foreach (var s in statuses)
        {
            steps.Add(new ProvenanceStep(s.Kind, s.At, parties.Find(s.Actor)!, null, null, null, null, s.Country, null, null, null, null, s.Reason, null, null, s.Proof));
        }
        foreach (var p in packEvents)
        {
            var actor = parties.Find(p.Actor)!;
            steps.Add(new ProvenanceStep(p.StepKind, p.At, actor, null, null, null, null, actor.Country, null, 1, null, null, p.Reason, p.LeafIndex, p.SerialHash, p.Proof));
        }
        var ordered = steps.OrderBy(s => s.Proof.BlockNumber).ThenBy(s => s.Proof.LogIndex).ToList();
        return new ProvenanceView(chainId, contract, batch.BatchId, batch.Gtin, batch.Lot, batch.Expiry, parties.Find(batch.Manufacturer)!, batch.Consistency, ordered);
    }
}
