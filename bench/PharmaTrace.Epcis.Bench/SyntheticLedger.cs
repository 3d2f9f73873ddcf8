using System.Numerics;
using System.Text;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Epcis.Bench;

/// <summary>
/// A deterministic synthetic chain: 60 parties in three countries, 2,000 batches, then shipments (dispatch,
/// customs, receipt) and pack decommissions, 20 events a block, 2 s apart. Only events, no node: the figure
/// is the EPCIS projection's and the query service's, not the RPC's.
/// </summary>
internal static class SyntheticLedger
{
    public const int Parties = 60;
    public const int Batches = 2000;
    public const int EventsPerBlock = 20;
    private static readonly byte[][] Countries = ["DE"u8.ToArray(), "FR"u8.ToArray(), "IT"u8.ToArray()];
    public static readonly DateTimeOffset Genesis = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Address Party(int i)
    {
        var bytes = new byte[20];
        BitConverter.TryWriteBytes(bytes.AsSpan(16), i + 1);
        return new Address(bytes);
    }

    public static ulong Gtin(int batch) => Gs1Key(40123451000UL + (ulong)batch, 14);

    public static string Lot(int batch) => $"L{batch:D5}";

    public static Hash32 BatchId(int batch) => Hash32.Keccak(Encoding.UTF8.GetBytes($"batch-{batch}"));

    /// <summary>The events in chain order, <paramref name="count"/> of them that are EPCIS events (after the 60 admissions).</summary>
    public static IEnumerable<LedgerEvent> Events(int count)
    {
        var produced = 0;
        var index = 0;
        foreach (var e in Generate())
        {
            var block = (ulong)(index / EventsPerBlock) + 1;
            var log = index % EventsPerBlock;
            index++;
            yield return new LedgerEvent(new LedgerEventContext(block, Hash32.Keccak(BitConverter.GetBytes(block)), Genesis.AddSeconds(2 * (double)block),
                Hash32.Keccak(BitConverter.GetBytes((long)index)), log, log), e);
            if (e is not ParticipantAdmittedEvent && ++produced == count)
            {
                yield break;
            }
        }
    }

    private static IEnumerable<object> Generate()
    {
        for (var p = 0; p < Parties; p++)
        {
            yield return new ParticipantAdmittedEvent(Party(p), Countries[p % 3], (Role)(2 + p % 4), Gs1Key(401234500000UL + (ulong)p, 13), $"Party {p}", Party(0));
        }

        for (var b = 0; b < Batches; b++)
        {
            yield return new BatchRegisteredEvent(BatchId(b), Gtin(b), Party(b % 20 * 3), Lot(b), 20301231, 10_000, BatchId(b), Countries[0]);
        }

        var random = new Random(42);
        for (BigInteger shipment = 1; ; shipment++)
        {
            var batch = BatchId(random.Next(Batches));
            var from = Party(random.Next(Parties));
            var to = Party(random.Next(Parties));
            yield return new ShipmentDispatchedEvent(shipment, batch, from, to, Countries[0], Countries[random.Next(3)], 10, shipment % 4 == 0 ? Gs1Key(34012345000000000UL + (ulong)shipment, 18) : 0);
            if (shipment % 3 == 0)
            {
                yield return new ShipmentCustomsDecidedEvent(shipment, batch, Party(4), Countries[1], CustomsDecision.Release, 10, "ok");
            }

            yield return new ShipmentReceivedEvent(shipment, batch, to, 10);
            yield return new PackDecommissionedEvent(batch, (uint)random.Next(10_000), Hash32.Keccak(BitConverter.GetBytes((long)shipment)), to, DecommissionReason.Dispensed, shipment);
        }
    }

    private static ulong Gs1Key(ulong body, int digits)
    {
        var sum = 0UL;
        var weight = 3UL;
        for (var rest = body; rest > 0; rest /= 10)
        {
            sum += rest % 10 * weight;
            weight = 4 - weight;
        }

        _ = digits;
        return body * 10 + (10 - sum % 10) % 10;
    }
}
