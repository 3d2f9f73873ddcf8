using System.Data.Common;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Indexer.Epcis.Storage;

/// <summary>
/// Fills <see cref="EpcisMasterData"/> with the parties and batches a range of events names, first from the events
/// themselves (and writes what they create to the projection's own <c>epcis_party</c> and <c>epcis_batch</c>), then,
/// for those created before (by a range an earlier process applied), from those tables on the same transaction. The
/// projection runs in a lane of its own, beside the domain projection, so it keeps its own master data.
/// </summary>
internal static class EpcisMasterDataLoader
{
    public static async Task LoadAsync(DbTransaction transaction, EpcisMasterData masterData, IReadOnlyList<LedgerEvent> events, EpcisEventWriter writer, CancellationToken cancellationToken)
    {
        var parties = new HashSet<Address>();
        var batches = new HashSet<Hash32>();
        foreach (var ledgerEvent in events)
        {
            masterData.Learn(ledgerEvent.Event);
            Keys(ledgerEvent.Event, parties, batches);
            Store(ledgerEvent, masterData, writer);
        }

        foreach (var address in parties.Where(a => !masterData.TryGetParty(a, out _)))
        {
            var row = await FirstAsync(transaction, $"SELECT gln, country FROM {EpcisSchema.Parties} WHERE address = @key ORDER BY block_number DESC LIMIT 1", address.ToLowerHexString(), cancellationToken);
            if (row is not null)
            {
                masterData.AddParty(address, new EpcisParty(row[0], row[1]));
            }
        }

        foreach (var batchId in batches.Where(b => !masterData.TryGetBatch(b, out _)))
        {
            var row = await FirstAsync(transaction, $"SELECT gtin, lot, expiry, country FROM {EpcisSchema.Batches} WHERE batch_id = @key ORDER BY block_number DESC LIMIT 1", batchId.ToString(), cancellationToken);
            if (row is not null)
            {
                masterData.AddBatch(batchId, new EpcisBatch(row[0], row[1], row[2], row[3]));
            }
        }
    }

    // The master data an event creates, as Learn has just learnt it, to the projection's own tables.
    private static void Store(LedgerEvent ledgerEvent, EpcisMasterData masterData, EpcisEventWriter writer)
    {
        var block = ledgerEvent.Context.BlockNumber;
        switch (ledgerEvent.Event)
        {
            case ParticipantAdmittedEvent x when masterData.TryGetParty(x.Account, out var party): writer.AddParty(x.Account, party, block); break;
            case CountryAdmittedEvent x when masterData.TryGetParty(x.Regulator, out var party): writer.AddParty(x.Regulator, party, block); break;
            case BatchRegisteredEvent x when masterData.TryGetBatch(x.BatchId, out var batch): writer.AddBatch(x.BatchId, batch, block); break;
        }
    }

    private static void Keys(object e, HashSet<Address> parties, HashSet<Hash32> batches)
    {
        switch (e)
        {
            case ShipmentDispatchedEvent x: parties.Add(x.From); parties.Add(x.To); batches.Add(x.BatchId); break;
            case ShipmentCustomsDecidedEvent x: parties.Add(x.Customs); batches.Add(x.BatchId); break;
            case ShipmentReceivedEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case ShipmentRejectedEvent x: parties.Add(x.By); parties.Add(x.ReturnedTo); batches.Add(x.BatchId); break;
            case BatchRecalledEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case BatchQuarantinedEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case BatchQuarantineReleasedEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case PackDecommissionedEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case PackReactivatedEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case FalsificationAlertRaisedEvent x: parties.Add(x.By); batches.Add(x.BatchId); break;
            case BatchRegisteredEvent x: parties.Add(x.Manufacturer); break;
        }
    }

    private static async Task<string[]?> FirstAsync(DbTransaction transaction, string sql, string key, CancellationToken cancellationToken)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var values = new string[reader.FieldCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }

        return values;
    }
}
