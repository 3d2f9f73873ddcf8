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
    /// <summary>The steps of one provenance page when a client gives no page size.</summary>
    public const int DefaultPerPage = 1_000;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxPerPage = 10_000;

    /// <summary>
    /// A page of the provenance of a GTIN-14 and lot (the steps after <paramref name="after"/>, at most
    /// <paramref name="perPage"/>), or <see langword="null"/> when no such batch is registered.
    /// </summary>
    public async Task<ProvenanceView?> FindAsync(string gtin14, string lot, CancellationToken cancellationToken, ChainPosition? after = null, int perPage = DefaultPerPage)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var batch = await BatchRow.FindAsync(connection, gtin14, lot, cancellationToken);
        return batch is null ? null : await BuildAsync(connection, batch, null, after, perPage, cancellationToken);
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

    /// <summary>
    /// A page of the provenance of one pack of a batch, or <see langword="null"/> when the batch does not publish that serial.
    /// </summary>
    public async Task<PackProvenanceView?> FindPackAsync(
        string gtin14, string lot, string serial, CancellationToken cancellationToken, ChainPosition? after = null, int perPage = DefaultPerPage)
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
            || await BuildAsync(connection, batch, packIndex, after, perPage, cancellationToken) is not { } provenance)
        {
            return null;
        }
        // The decommission in force is the last decommission not undone; an alert changes nothing. Read from
        // all the pack's events, not the page: the one in force may be on a later page.
        var last = (await PackEventRow.ReadAsync(connection, batch.BatchId, packIndex, cancellationToken))
            .LastOrDefault(e => e.Kind is "decommissioned" or "reactivated");
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

    // A page of the steps of the batch, in chain order; the pack steps of one pack when packIndex is given,
    // of every pack otherwise. Each source table is read by keyset after the page's start, at most one step
    // more than the page, so a page costs the same wherever it falls; that extra step says another page follows.
    private static async Task<ProvenanceView?> BuildAsync(
        DbConnection connection, BatchRow batch, long? packIndex, ChainPosition? after, int perPage, CancellationToken cancellationToken)
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
        var take = perPage + 1;
        (string, object?)[] keyset = after is { } start
            ? [("@b", batch.BatchId), ("@after_block", start.BlockNumber), ("@after_log", start.LogIndex)]
            : [("@b", batch.BatchId)];
        var onPage = after is null ? "batch_id = @b" : "batch_id = @b AND " + ChainPosition.AfterCondition;
        var shipments = await ShipmentEventRow.ReadAsync(connection, onPage, keyset, cancellationToken, take);
        var statuses = new List<(string? Country, string Kind, string Actor, string Reason, LedgerProof Proof, DateTimeOffset At)>();
        await using (var command = connection.Command(
            $"SELECT country, kind, actor, reason, {QueryRows.ProofColumns} FROM batch_status WHERE {onPage} ORDER BY block_number, log_index LIMIT @limit",
            null, [.. keyset, ("@limit", take)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (proof, at) = QueryRows.Proof(reader, 4);
                statuses.Add((reader.GetNullableString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), proof, at));
            }
        }
        var packEvents = await PackEventRow.ReadAsync(connection, batch.BatchId, packIndex, cancellationToken, after, take);
        // A customs decision, receipt or rejection names its shipment's parties and countries from the dispatch,
        // which may be on an earlier page.
        var dispatches = shipments.Where(r => r.Kind == "dispatched").ToDictionary(r => r.ShipmentId);
        var earlier = shipments.Select(r => r.ShipmentId).Where(id => !dispatches.ContainsKey(id)).Distinct().ToList();
        if (earlier.Count > 0)
        {
            var ids = earlier.Select((id, i) => ($"@s{i}", (object?)id)).ToArray();
            var rows = await ShipmentEventRow.ReadAsync(connection, $"kind = 'dispatched' AND shipment_id IN ({string.Join(", ", ids.Select(p => p.Item1))})", ids, cancellationToken);
            foreach (var row in rows)
            {
                dispatches[row.ShipmentId] = row;
            }
        }
        var parties = await PartyDirectory.LoadAsync(connection,
            [batch.Manufacturer, .. statuses.Select(s => s.Actor), .. shipments.SelectMany(r => new[] { r.Actor, r.From, r.To }),
             .. dispatches.Values.SelectMany(r => new[] { r.From, r.To }), .. packEvents.Select(p => p.Actor)],
            cancellationToken);
        var steps = new List<ProvenanceStep>();
        if (after is null)
        {
            steps.Add(new("registered", batch.At, parties.Find(batch.Manufacturer)!, null, null, null, null, batch.Country, null, batch.PackCount, null, null, null, null, null, batch.Proof));
        }
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
        string? next = null;
        if (ordered.Count > perPage)
        {
            ordered.RemoveRange(perPage, ordered.Count - perPage);
            next = new ChainPosition(ordered[^1].Proof.BlockNumber, ordered[^1].Proof.LogIndex).ToToken();
        }
        return new ProvenanceView(chainId, contract, batch.BatchId, batch.Gtin, batch.Lot, batch.Expiry, parties.Find(batch.Manufacturer)!, batch.Consistency, ordered, next);
    }
}
