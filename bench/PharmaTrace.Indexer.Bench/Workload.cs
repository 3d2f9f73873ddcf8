using System.Diagnostics;
using System.Text;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Bench;

/// <summary>
/// Fills the chain with contract events. <c>custody</c>: shipments of one pack each, dispatched and
/// received back and forth between a manufacturer and a wholesaler, thousands per multicall: every
/// event is a ShipmentDispatched or ShipmentReceived log (one shipment row, two custody rows each).
/// <c>leaves</c>: batches of 20,000 packs whose serial hashes are published in one log each; the unit
/// is then the leaf row.
/// </summary>
internal static class Workload
{
    public const int LeavesPerLog = 20_000;

    public static async Task<long> CustodyAsync(BenchChain chain, long events, CancellationToken cancellationToken)
    {
        await AdmitAsync(chain, cancellationToken);
        const int PerCall = 2_000;
        var batch = await RegisterAsync(chain, PerCall, cancellationToken);
        long shipments = 0, produced = 0;
        var timer = Stopwatch.StartNew();
        var (from, to) = (chain.Manufacturer, chain.Wholesaler);
        while (produced < events)
        {
            var calls = (int)Math.Min(PerCall, (events - produced + 1) / 2);
            var dispatches = Enumerable.Range(0, calls).Select(_ => PharmaLedger.EncodeDispatch(batch, to.Address, 1, 0)).ToArray();
            await chain.SendAsync(from, PharmaLedger.EncodeMulticall(dispatches), cancellationToken);
            var receipts = Enumerable.Range(1, calls).Select(i => PharmaLedger.EncodeReceiveShipment(shipments + i)).ToArray();
            await chain.SendAsync(to, PharmaLedger.EncodeMulticall(receipts), cancellationToken);
            shipments += calls;
            produced += 2L * calls;
            (from, to) = (to, from);
            Console.Error.Write($"\r  generated {produced:N0} events ({produced / timer.Elapsed.TotalSeconds:N0}/s)   ");
        }
        Console.Error.WriteLine();
        return produced;
    }

    public static async Task<long> LeavesAsync(BenchChain chain, long leaves, CancellationToken cancellationToken)
    {
        await AdmitAsync(chain, cancellationToken);
        long produced = 0;
        while (produced < leaves)
        {
            await RegisterAsync(chain, LeavesPerLog, cancellationToken);
            produced += LeavesPerLog;
            Console.Error.Write($"\r  generated {produced:N0} leaves   ");
        }
        Console.Error.WriteLine();
        return produced;
    }

    private static async Task AdmitAsync(BenchChain chain, CancellationToken cancellationToken)
    {
        await chain.SendAsync(chain.Regulator, PharmaLedger.EncodeAdmitParticipant(chain.Manufacturer.Address, PharmaLedger.Role.Manufacturer, 4012345000016, "Manufacturer"), cancellationToken);
        await chain.SendAsync(chain.Regulator, PharmaLedger.EncodeAdmitParticipant(chain.Wholesaler.Address, PharmaLedger.Role.Wholesaler, 4012345000023, "Wholesaler"), cancellationToken);
    }

    private static int _lots;

    private static async Task<Hash32> RegisterAsync(BenchChain chain, int packs, CancellationToken cancellationToken)
    {
        var lot = $"BENCH{Interlocked.Increment(ref _lots)}";
        var serials = Enumerable.Range(0, packs).Select(i => Hash32.Keccak(Encoding.ASCII.GetBytes($"{lot}-{i}"))).ToArray();
        var result = await chain.SendAsync(chain.Manufacturer,
            PharmaLedger.EncodeRegisterBatch(4006381333931, lot, 20301231, (uint)packs, PackMerkleTree.Build(serials).Root, serials), cancellationToken);
        PharmaLedger.TryDecodeEvent(result.Logs[0].Topics, result.Logs[0].Data.Span, out var registered);
        return ((PharmaLedger.BatchRegisteredEvent)registered!).BatchId;
    }
}
