using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>
/// Rebuilds a DecommissionRecord from the read model, as the contract hashed it (contracts/ledger/Packs.sol):
/// by, the block time of the decommissioning, the reason, and the packs in the order decommissioned, less
/// those an earlier undo reactivated (the contract re-hashes the record with the packs it kept, in order).
/// </summary>
public sealed class DecommissionRecordReader(ReadModelDatabase database)
{
    /// <summary>The record as it stands now, or null when the read model has no such record (yet).</summary>
    public async Task<PharmaLedger.DecommissionRecord?> ReadAsync(ulong recordId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT batch_id, leaf_index, kind, reason, actor, timestamp FROM pack_event "
            + "WHERE record_id = @record AND kind IN ('decommissioned', 'reactivated') ORDER BY block_number, log_index",
            null, ("@record", recordId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var packs = new List<PharmaLedger.PackRef>();
        Address? by = null;
        ulong timestamp = 0;
        PharmaLedger.DecommissionReason reason = default;
        while (await reader.ReadAsync(cancellationToken))
        {
            var pack = new PharmaLedger.PackRef(Hash32.Parse(reader.GetString(0)), checked((uint)reader.GetInt64(1)));
            if (reader.GetString(2) == "reactivated")
            {
                packs.Remove(pack);
                continue;
            }

            packs.Add(pack);
            by = Address.Parse(reader.GetString(4));
            timestamp = (ulong)reader.GetInt64(5);
            reason = DecommissionReasons.Parse(reader.GetString(3));
        }

        return by is { } actor ? new PharmaLedger.DecommissionRecord(actor, timestamp, reason, [.. packs]) : null;
    }
}
