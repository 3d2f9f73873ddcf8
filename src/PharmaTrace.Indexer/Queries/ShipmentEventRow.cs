using System.Data.Common;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A <c>shipment_event</c> row.</summary>
internal sealed record ShipmentEventRow(
    long ShipmentId, string BatchId, string Kind, string Actor, string? From, string? To, string? FromCountry, string? ToCountry,
    string? Country, long Quantity, string? Sscc, string? Reason, LedgerProof Proof, DateTimeOffset At)
{
    public const string Columns = $"shipment_id, batch_id, kind, actor, from_address, to_address, from_country, to_country, country, quantity, sscc, reason, {QueryRows.ProofColumns}";

    public static async Task<List<ShipmentEventRow>> ReadAsync(
        DbConnection connection, string where, (string, object?)[] parameters, CancellationToken cancellationToken, int? limit = null)
    {
        await using var command = connection.Command(
            $"SELECT {Columns} FROM shipment_event WHERE {where} ORDER BY block_number, log_index" + (limit is null ? "" : " LIMIT @limit"), null, parameters);
        if (limit is { } most)
        {
            command.AddParameter("@limit", most);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ShipmentEventRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (proof, at) = QueryRows.Proof(reader, 12);
            rows.Add(new ShipmentEventRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetNullableString(4), reader.GetNullableString(5), reader.GetNullableString(6), reader.GetNullableString(7),
                reader.GetNullableString(8), reader.GetInt64(9), reader.GetNullableString(10), reader.GetNullableString(11), proof, at));
        }
        return rows;
    }

    /// <summary>The shipments of these rows (each starting with its dispatch), with their steps and status.</summary>
    public static List<ShipmentView> Assemble(IEnumerable<ShipmentEventRow> rows, Dictionary<string, PartyView> parties, string gtin, string lot)
    {
        var shipments = new List<ShipmentView>();
        foreach (var group in rows.GroupBy(r => r.ShipmentId).OrderBy(g => g.Key))
        {
            var dispatch = group.FirstOrDefault(r => r.Kind == "dispatched");
            if (dispatch is null)
            {
                continue;
            }
            var steps = group.Select(r => new ShipmentStepView(r.Kind, parties.Find(r.Actor)!, r.Country, r.Quantity, r.Reason, r.At, r.Proof)).ToList();
            var status = group.Last().Kind switch
            {
                "customs_hold" => "held",
                "customs_release" => "released",
                "customs_seize" => "seized",
                var kind => kind,
            };
            shipments.Add(new ShipmentView(group.Key, dispatch.BatchId, gtin, lot, parties.Find(dispatch.From)!, parties.Find(dispatch.To)!,
                dispatch.FromCountry ?? "", dispatch.ToCountry ?? "", dispatch.Quantity, dispatch.Sscc, status, steps));
        }
        return shipments;
    }
}
