using System.Numerics;
using System.Text;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>
/// A cross-border story made of real generated event records: DE manufacturer ships to an FR wholesaler through
/// FR customs (hold, release, seize), receipt, rejection, quarantine, recalls, every decommission reason, an undo
/// and a falsification alert. Every EPCIS event type the mapper emits occurs at least once.
/// </summary>
internal static class EpcisScenario
{
    public static readonly EpcisChain Chain = new(31337, Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
    public static readonly Address RegulatorDe = AnvilAccounts.Account0;
    public static readonly Address RegulatorFr = AnvilAccounts.Account1;
    public static readonly Address Manufacturer = AnvilAccounts.Account2;
    public static readonly Address Wholesaler = AnvilAccounts.All[3];
    public static readonly Address Customs = AnvilAccounts.All[4];
    public static readonly Address Pharmacy = AnvilAccounts.All[5];
    public static readonly ulong ManufacturerGln = LedgerFixture.Gs1Key(401234500001, 13);
    public static readonly ulong WholesalerGln = LedgerFixture.Gs1Key(301234500002, 13);
    public static readonly ulong CustomsGln = LedgerFixture.Gs1Key(301234500003, 13);
    public static readonly ulong Gtin = LedgerFixture.Gs1Key(401234512345, 14);
    public const string Lot = "LOT/42-A";
    public const ulong Sscc = 340123450000000017;
    public static readonly Hash32 BatchId = Hash32.Keccak(Encoding.UTF8.GetBytes("batch-1"));
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static byte[] De => "DE"u8.ToArray();
    public static byte[] Fr => "FR"u8.ToArray();

    /// <summary>The events, one block per group, one log per event, blocks 12 s apart.</summary>
    public static IReadOnlyList<LedgerEvent> Events(ulong firstBlock = 1)
    {
        var serial = Hash32.Keccak("serial-7"u8);
        object[][] blocks =
        [
            [new CountryAdmittedEvent(De, RegulatorDe, LedgerFixture.Gs1Key(401234500000, 13), "Germany"),
             new CountryAdmittedEvent(Fr, RegulatorFr, LedgerFixture.Gs1Key(301234500000, 13), "France")],
            [new ParticipantAdmittedEvent(Manufacturer, De, Role.Manufacturer, ManufacturerGln, "Acme Pharma", RegulatorDe),
             new ParticipantAdmittedEvent(Wholesaler, Fr, Role.Wholesaler, WholesalerGln, "Grossiste", RegulatorFr),
             new ParticipantAdmittedEvent(Customs, Fr, Role.Customs, CustomsGln, "Douane", RegulatorFr),
             new ParticipantAdmittedEvent(Pharmacy, Fr, Role.Pharmacy, LedgerFixture.Gs1Key(301234500004, 13), "Pharmacie", RegulatorFr)],
            [new BatchRegisteredEvent(BatchId, Gtin, Manufacturer, Lot, 20271200, 100, Hash32.Keccak("root"u8), De)],
            [new ShipmentDispatchedEvent(1, BatchId, Manufacturer, Wholesaler, De, Fr, 50, Sscc)],
            [new ShipmentCustomsDecidedEvent(1, BatchId, Customs, Fr, CustomsDecision.Hold, 50, "documents")],
            [new ShipmentCustomsDecidedEvent(1, BatchId, Customs, Fr, CustomsDecision.Release, 50, "ok")],
            [new ShipmentReceivedEvent(1, BatchId, Wholesaler, 50)],
            [new ShipmentDispatchedEvent(2, BatchId, Manufacturer, Wholesaler, De, Fr, 10, BigInteger.Zero),
             new ShipmentCustomsDecidedEvent(2, BatchId, Customs, Fr, CustomsDecision.Seize, 10, "falsified")],
            [new ShipmentDispatchedEvent(3, BatchId, Manufacturer, Wholesaler, De, Fr, 5, BigInteger.Zero),
             new ShipmentRejectedEvent(3, BatchId, Wholesaler, Manufacturer, 5, "damaged")],
            [new BatchQuarantinedEvent(BatchId, Fr, RegulatorFr, "suspicion"),
             new BatchQuarantineReleasedEvent(BatchId, Fr, RegulatorFr, "cleared"),
             new BatchRecalledEvent(BatchId, Fr, RegulatorFr, "national recall")],
            [.. Enum.GetValues<DecommissionReason>().Select((r, i) =>
                (object)new PackDecommissionedEvent(BatchId, (uint)i, Hash32.Keccak(Encoding.UTF8.GetBytes($"serial-{i}")), Wholesaler, r, i + 1))],
            [new PackReactivatedEvent(BatchId, 0, Wholesaler, 1),
             new FalsificationAlertRaisedEvent(BatchId, 7, serial, Wholesaler, DecommissionReason.Dispensed),
             new BatchRecalledEvent(BatchId, [0, 0], Manufacturer, "recall everywhere")],
        ];
        var events = new List<LedgerEvent>();
        for (var b = 0; b < blocks.Length; b++)
        {
            var number = firstBlock + (ulong)b;
            var context = (int log) => new LedgerEventContext(number, Hash32.Keccak(Encoding.UTF8.GetBytes($"block-{number}")),
                Start.AddSeconds(12 * (double)number), Hash32.Keccak(Encoding.UTF8.GetBytes($"tx-{number}-{log}")), log, log);
            events.AddRange(blocks[b].Select((e, log) => new LedgerEvent(context(log), e)));
        }

        return events;
    }

    /// <summary>How many of <see cref="Events"/> are EPCIS events (all but countries and participants).</summary>
    public static int EpcisEventCount => Events().Count - 6;
}
