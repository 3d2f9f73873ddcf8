using System.Buffers;
using System.Globalization;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// Turns ledger events into EPCIS 2.0 ObjectEvents with CBV 2.0 business steps and dispositions. Pure: what it
/// needs of parties and batches comes from <see cref="EpcisMasterData"/>. Master-data events (countries,
/// participants) and the publication of a batch's leaves are not EPCIS events and map to null.
/// The choice of CBV values for each event is explained in docs beside this file (EpcisMapping.md).
/// A mapper writes every document through one reused buffer, so it maps one event at a time.
/// </summary>
public sealed class EpcisEventMapper(EpcisChain chain, EpcisMasterData masterData)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(2_048);

    public EpcisEvent? Map(LedgerEvent ledgerEvent)
    {
        ArgumentNullException.ThrowIfNull(ledgerEvent);
        return ledgerEvent.Event switch
        {
            BatchRegisteredEvent e => Registered(ledgerEvent, e),
            ShipmentDispatchedEvent e => Dispatched(ledgerEvent, e),
            ShipmentCustomsDecidedEvent e => EpcisCustomsMapping.Decided(Start(ledgerEvent, "OBSERVE", e.BatchId, e.Customs, e.Quantity), e)
                .Extension("shipmentId", e.ShipmentId.ToString(CultureInfo.InvariantCulture)).Build(chain),
            ShipmentReceivedEvent e => Start(ledgerEvent, "OBSERVE", e.BatchId, e.By, e.Quantity)
                .With("receiving", "in_progress").Extension("shipmentId", e.ShipmentId.ToString(CultureInfo.InvariantCulture)).Build(chain),
            ShipmentRejectedEvent e => Rejected(ledgerEvent, e),
            BatchRecalledEvent e => Status(ledgerEvent, e.BatchId, e.By, e.Country, e.Reason, "holding", "recalled"),
            BatchQuarantinedEvent e => Status(ledgerEvent, e.BatchId, e.By, e.Country, e.Reason, "holding", "non_sellable_other"),
            BatchQuarantineReleasedEvent e => Status(ledgerEvent, e.BatchId, e.By, e.Country, e.Reason, "inspecting", "active"),
            PackDecommissionedEvent e => EpcisPackMapping.Decommissioned(Start(ledgerEvent, "OBSERVE", e.BatchId, e.By, 1), e).Build(chain),
            PackReactivatedEvent e => EpcisPackMapping.Reactivated(Start(ledgerEvent, "OBSERVE", e.BatchId, e.By, 1), e).Build(chain),
            FalsificationAlertRaisedEvent e => EpcisPackMapping.Alert(Start(ledgerEvent, "OBSERVE", e.BatchId, e.By, 1), e).Build(chain),
            _ => null,
        };
    }

    private EpcisEvent Registered(LedgerEvent ledgerEvent, BatchRegisteredEvent e)
    {
        masterData.Learn(e);
        var builder = Start(ledgerEvent, "ADD", e.BatchId, e.Manufacturer, e.PackCount).With("commissioning", "active");
        var batch = Batch(e.BatchId);
        return builder.Ilmd(batch.Lot, batch.Expiry)
            .Extension("merkleRoot", e.MerkleRoot.ToString())
            .Build(chain);
    }

    private EpcisEvent Dispatched(LedgerEvent ledgerEvent, ShipmentDispatchedEvent e)
    {
        var builder = Start(ledgerEvent, "OBSERVE", e.BatchId, e.From, e.Quantity).With("shipping", "in_transit");
        if (!e.Sscc.IsZero)
        {
            builder.Epc(EpcisIdentifiers.Sscc(e.Sscc));
        }

        builder.Source = PartyLocation(e.From);
        builder.Destination = PartyLocation(e.To);
        builder.Country(EpcisMasterData.CountryOrNull(e.FromCountry)).Country(EpcisMasterData.CountryOrNull(e.ToCountry));
        return builder.Extension("shipmentId", e.ShipmentId.ToString(CultureInfo.InvariantCulture))
            .Extension("recipient", e.To.ToLowerHexString())
            .Build(chain);
    }

    private EpcisEvent Rejected(LedgerEvent ledgerEvent, ShipmentRejectedEvent e)
    {
        // CBV has no "rejecting" step: the refused quantity goes back to the sender, which CBV models as a
        // shipping with disposition "returned" from the refusing party to the one it returns to.
        var builder = Start(ledgerEvent, "OBSERVE", e.BatchId, e.By, e.Quantity).With("shipping", "returned");
        builder.Source = PartyLocation(e.By);
        builder.Destination = PartyLocation(e.ReturnedTo);
        builder.Country(PartyCountry(e.ReturnedTo));
        return builder.Extension("shipmentId", e.ShipmentId.ToString(CultureInfo.InvariantCulture))
            .Extension("reason", e.Reason)
            .Extension("returnedTo", e.ReturnedTo.ToLowerHexString())
            .Build(chain);
    }

    private EpcisEvent Status(LedgerEvent ledgerEvent, Hash32 batchId, Address by, byte[] country, string reason, string bizStep, string disposition)
    {
        // Batch-level: the LGTIN class without a quantity means "all of the class" (EPCIS 2.0 §7.3.3.3).
        var builder = Start(ledgerEvent, "OBSERVE", batchId, by, null).With(bizStep, disposition);
        var code = EpcisMasterData.CountryOrNull(country);
        builder.Extension("country", code ?? "*").Extension("reason", reason);
        if (code is null)
        {
            builder.Country(EpcisCountries.Everywhere);
        }

        return builder.Build(chain);
    }

    /// <summary>Every event: its ID, the batch's LGTIN, the acting party as location and actor, and the countries of both.</summary>
    private EpcisEventBuilder Start(LedgerEvent ledgerEvent, string action, Hash32 batchId, Address actor, ulong? quantity)
    {
        var batch = Batch(batchId);
        var builder = new EpcisEventBuilder(EpcisEventId.For(chain, ledgerEvent.Context), ledgerEvent, action, _buffer)
        {
            Location = PartyLocation(actor),
        };
        builder.Quantity(batch.Lgtin, quantity)
            .Country(PartyCountry(actor))
            .Country(batch.Country)
            .Extension("batchId", batchId.ToString())
            .Extension("actor", actor.ToLowerHexString());
        return builder;
    }

    private EpcisBatch Batch(Hash32 batchId) =>
        masterData.TryGetBatch(batchId, out var batch)
            ? batch
            : throw new InvalidOperationException($"Batch {batchId} is not in the read model: the domain projection must run before the EPCIS one.");

    private string? PartyLocation(Address address) =>
        masterData.TryGetParty(address, out var party) ? party.Location : null;

    private string? PartyCountry(Address address) =>
        masterData.TryGetParty(address, out var party) ? party.Country : null;
}
