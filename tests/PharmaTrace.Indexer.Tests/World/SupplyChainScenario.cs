using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Tests.World;

/// <summary>
/// Real transactions that make the ledger emit every event type: FR voted in; a participant suspended
/// and reinstated; a batch of 8 packs registered in two chunks; a domestic shipment received, a
/// cross-border one held then released then received, one seized, one rejected; a quarantine and its
/// release; a pack dispensed, undone, dispensed again and decommissioned a third time (an alert); a
/// recall in FR and finally everywhere.
/// </summary>
public static class SupplyChainScenario
{
    /// <summary>The SSCC of the cross-border shipment (GS1 check digit included).</summary>
    public static readonly ulong Sscc = LedgerFixture.Gs1Key(34012345000000001, 18);

    public static async Task<(Actors Actors, TestBatch Batch)> RunAsync(LedgerWorld world, CancellationToken cancellationToken)
    {
        var a = await Actors.AdmitAsync(world, cancellationToken);
        var send = (Ledger.Sending.TransactionSender from, byte[] data) => world.SendAsync(from, data, cancellationToken);
        await send(a.RegulatorDe, PharmaLedger.EncodeSuspendParticipant(a.Wholesaler.Address, "audit"));
        await send(a.RegulatorDe, PharmaLedger.EncodeReinstateParticipant(a.Wholesaler.Address, "audit passed"));

        var batch = new TestBatch(8);
        await batch.RegisterAsync(world, a.Manufacturer, 5, cancellationToken);

        await send(a.Manufacturer, PharmaLedger.EncodeDispatch(batch.Id, a.Wholesaler.Address, 4, 0));                 // shipment 1
        await send(a.Wholesaler, PharmaLedger.EncodeReceiveShipment(1));
        await send(a.Wholesaler, PharmaLedger.EncodeDispatch(batch.Id, a.WholesalerFr.Address, 2, Sscc));             // shipment 2
        await send(a.CustomsFr, PharmaLedger.EncodeDecideCustoms(2, PharmaLedger.CustomsDecision.Hold, "papers"));
        await send(a.CustomsFr, PharmaLedger.EncodeDecideCustoms(2, PharmaLedger.CustomsDecision.Release, "papers ok"));
        await send(a.WholesalerFr, PharmaLedger.EncodeReceiveShipment(2));
        await send(a.Manufacturer, PharmaLedger.EncodeDispatch(batch.Id, a.WholesalerFr.Address, 1, 0));              // shipment 3
        await send(a.CustomsFr, PharmaLedger.EncodeDecideCustoms(3, PharmaLedger.CustomsDecision.Seize, "suspect"));
        await send(a.Manufacturer, PharmaLedger.EncodeDispatch(batch.Id, a.Wholesaler.Address, 1, 0));                // shipment 4
        await send(a.Wholesaler, PharmaLedger.EncodeRejectShipment(4, "damaged"));

        await send(a.RegulatorDe, PharmaLedger.EncodeQuarantineBatch(batch.Id, "inspection"));
        await send(a.RegulatorDe, PharmaLedger.EncodeReleaseQuarantine(batch.Id, "inspection passed"));

        await send(a.Wholesaler, PharmaLedger.EncodeDispatch(batch.Id, a.Pharmacy.Address, 1, 0));                    // shipment 5
        await send(a.Pharmacy, PharmaLedger.EncodeReceiveShipment(5));
        var dispensed = await send(a.Pharmacy, PharmaLedger.EncodeDecommission([batch.Proof(0)], PharmaLedger.DecommissionReason.Dispensed));
        var block = await world.Client.GetBlockByNumberAsync(dispensed.BlockNumber, cancellationToken);
        var record = new PharmaLedger.DecommissionRecord(a.Pharmacy.Address, block!.Timestamp, PharmaLedger.DecommissionReason.Dispensed, [new PharmaLedger.PackRef(batch.Id, 0)]);
        await send(a.Pharmacy, PharmaLedger.EncodeUndoDecommission(1, record, [0]));
        await send(a.Pharmacy, PharmaLedger.EncodeDecommission([batch.Proof(0)], PharmaLedger.DecommissionReason.Dispensed));
        await send(a.Pharmacy, PharmaLedger.EncodeDecommission([batch.Proof(0)], PharmaLedger.DecommissionReason.Dispensed));  // alert

        await send(a.RegulatorFr, PharmaLedger.EncodeRecallBatch(batch.Id, "falsified in FR"));
        await send(a.Manufacturer, PharmaLedger.EncodeRecallBatch(batch.Id, "voluntary"));
        return (a, batch);
    }

    /// <summary>The holdings the scenario leaves, by holder: they sum to the pack count.</summary>
    public static IReadOnlyDictionary<string, long> ExpectedCustody(Actors a) => new Dictionary<string, long>
    {
        [Hex(a.Manufacturer.Address)] = 3,   // 8 - 4 - 1 seized - 1 rejected + 1 returned
        [Hex(a.Wholesaler.Address)] = 1,     // 4 - 2 - 1
        [Hex(a.WholesalerFr.Address)] = 2,
        ["seized"] = 1,
        ["decommissioned"] = 1,
    };

    public static string Hex(Address address) => address.ToLowerHexString();
}
