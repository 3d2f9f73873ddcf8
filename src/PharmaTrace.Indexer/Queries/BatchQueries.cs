using System.Data.Common;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A batch's state, folded from its facts.</summary>
public sealed class BatchQueries(ReadModelDatabase database)
{
    /// <summary>How many of a batch's latest shipments its view lists; its provenance has them all.</summary>
    public const int RecentShipments = 100;

    /// <summary>The batch of a GTIN-14 and lot, or <see langword="null"/>.</summary>
    public async Task<BatchView?> FindAsync(string gtin14, string lot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var batch = await BatchRow.FindAsync(connection, gtin14, lot, cancellationToken);
        if (batch is null)
        {
            return null;
        }
        var statuses = await ReadStatusesAsync(connection, batch.BatchId, cancellationToken);
        var holdings = new List<(string Holder, long Quantity)>();
        await using (var command = connection.Command(
            "SELECT holder, CAST(SUM(delta) AS BIGINT) FROM custody_movement WHERE batch_id = @b GROUP BY holder HAVING SUM(delta) <> 0 ORDER BY holder", null, ("@b", batch.BatchId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                holdings.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        // The latest shipments only: a batch sold pack by pack has as many shipments as packs. Dispatches come in
        // shipment id order, so the newest are the last dispatch rows of the batch's (block, log) index.
        var shipmentRows = await ShipmentEventRow.ReadAsync(connection,
            "shipment_id IN (SELECT shipment_id FROM shipment_event WHERE batch_id = @b AND kind = 'dispatched' ORDER BY block_number DESC, log_index DESC LIMIT @recent)",
            [("@b", batch.BatchId), ("@recent", RecentShipments)], cancellationToken);
        long shipmentCount;
        await using (var count = connection.Command("SELECT COUNT(*) FROM shipment_event WHERE batch_id = @b AND kind = 'dispatched'", null, ("@b", batch.BatchId)))
        {
            shipmentCount = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        var parties = await PartyDirectory.LoadAsync(connection,
            [batch.Manufacturer, .. holdings.Select(h => h.Holder), .. statuses.Select(s => s.Actor), .. shipmentRows.SelectMany(r => new[] { r.Actor, r.From, r.To })],
            cancellationToken);
        long Pseudo(string holder) => holdings.Where(h => h.Holder == holder).Sum(h => h.Quantity);
        var (everywhere, byCountry) = Fold(statuses, parties);
        return new BatchView(batch.BatchId, batch.Gtin, batch.Lot, batch.Expiry, batch.PackCount, batch.MerkleRoot, parties.Find(batch.Manufacturer)!,
            batch.Country, batch.At, batch.Proof, batch.LeavesPublished, batch.Consistency, everywhere, byCountry,
            [.. holdings.Where(h => h.Holder.StartsWith("0x", StringComparison.Ordinal)).Select(h => new HoldingView(parties.Find(h.Holder)!, h.Quantity))],
            Pseudo(DomainSchema.InTransit), Pseudo(DomainSchema.Seized), Pseudo(DomainSchema.Decommissioned),
            shipmentCount, ShipmentEventRow.Assemble(shipmentRows, parties, batch.Gtin, batch.Lot));
    }

    private static (bool Everywhere, List<CountryStatusView> ByCountry) Fold(List<StatusRow> statuses, Dictionary<string, PartyView> parties)
    {
        var everywhere = false;
        var byCountry = new Dictionary<string, CountryStatusView>(StringComparer.Ordinal);
        foreach (var s in statuses)
        {
            if (s.Country is null)
            {
                everywhere |= s.Kind == "recalled";
                continue;
            }
            var status = s.Kind switch { "released" => "normal", var kind => kind };
            byCountry[s.Country] = new CountryStatusView(s.Country, status, s.At, parties.Find(s.Actor)!, s.Reason, s.Proof);
        }
        return (everywhere, [.. byCountry.Values.OrderBy(v => v.Country, StringComparer.Ordinal)]);
    }

    private static async Task<List<StatusRow>> ReadStatusesAsync(DbConnection connection, string batchId, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT country, kind, actor, reason, {QueryRows.ProofColumns} FROM batch_status WHERE batch_id = @b ORDER BY block_number, log_index", null, ("@b", batchId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<StatusRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (proof, at) = QueryRows.Proof(reader, 4);
            rows.Add(new StatusRow(reader.GetNullableString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), proof, at));
        }
        return rows;
    }

    private sealed record StatusRow(string? Country, string Kind, string Actor, string Reason, LedgerProof Proof, DateTimeOffset At);
}
