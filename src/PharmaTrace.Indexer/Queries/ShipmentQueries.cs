using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>Shipments, from the read model.</summary>
public sealed class ShipmentQueries(ReadModelDatabase database)
{
    /// <summary>The shipment with this ledger id, or <see langword="null"/>.</summary>
    public async Task<ShipmentView?> FindAsync(long shipmentId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await ShipmentEventRow.ReadAsync(connection, "shipment_id = @s", [("@s", shipmentId)], cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        string gtin, lot;
        // Closed before the next command: PostgreSQL runs one command at a time per connection.
        await using (var command = connection.Command("SELECT gtin, lot FROM batch WHERE batch_id = @b", null, ("@b", rows[0].BatchId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            (gtin, lot) = await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : ("", "");
        }
        var parties = await PartyDirectory.LoadAsync(connection, rows.SelectMany(r => new[] { r.Actor, r.From, r.To }), cancellationToken);
        return ShipmentEventRow.Assemble(rows, parties, gtin, lot).SingleOrDefault();
    }
}
