using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A batch's custody chain: registration, every shipment step and every status change, in chain order.</summary>
public sealed class ProvenanceQueries(ReadModelDatabase database)
{
    /// <summary>The provenance of a GTIN-14 and lot, or <see langword="null"/> when no such batch is registered.</summary>
    public async Task<ProvenanceView?> FindAsync(string gtin14, string lot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var batch = await BatchRow.FindAsync(connection, gtin14, lot, cancellationToken);
        if (batch is null)
        {
            return null;
        }
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
        var parties = await PartyDirectory.LoadAsync(connection,
            [batch.Manufacturer, .. statuses.Select(s => s.Actor), .. shipments.SelectMany(r => new[] { r.Actor, r.From, r.To })], cancellationToken);
        var dispatches = shipments.Where(r => r.Kind == "dispatched").ToDictionary(r => r.ShipmentId);
        var steps = new List<ProvenanceStep>
        {
            new("registered", batch.At, parties.Find(batch.Manufacturer)!, null, null, null, null, batch.Country, null, batch.PackCount, null, null, null, batch.Proof),
        };
        foreach (var r in shipments)
        {
            dispatches.TryGetValue(r.ShipmentId, out var dispatch);
            var decision = r.Kind.StartsWith("customs_", StringComparison.Ordinal) ? r.Kind["customs_".Length..] : null;
            steps.Add(new ProvenanceStep(r.Kind, r.At, parties.Find(r.Actor)!, parties.Find(dispatch?.From), parties.Find(r.To ?? dispatch?.To),
                dispatch?.FromCountry, dispatch?.ToCountry, r.Country, r.ShipmentId, r.Quantity, decision, r.Sscc, r.Reason, r.Proof));
        }
        foreach (var s in statuses)
        {
            steps.Add(new ProvenanceStep(s.Kind, s.At, parties.Find(s.Actor)!, null, null, null, null, s.Country, null, null, null, null, s.Reason, s.Proof));
        }
        var ordered = steps.OrderBy(s => s.Proof.BlockNumber).ThenBy(s => s.Proof.LogIndex).ToList();
        return new ProvenanceView(chainId, contract, batch.BatchId, batch.Gtin, batch.Lot, batch.Expiry, parties.Find(batch.Manufacturer)!, batch.Consistency, ordered);
    }
}
