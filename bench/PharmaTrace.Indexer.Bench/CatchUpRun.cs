using System.Diagnostics;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Bench;

/// <summary>One catch-up from the deployment to the head into an empty read model, timed.</summary>
internal static class CatchUpRun
{
    /// <summary>The node's side alone: eth_getLogs over the whole chain, 2,000 blocks a call, and decoding.</summary>
    public static async Task<(long Logs, TimeSpan Elapsed)> ReadOnlyAsync(BenchChain chain, CancellationToken cancellationToken)
    {
        var head = await chain.Client.GetBlockNumberAsync(cancellationToken);
        var timer = Stopwatch.StartNew();
        long logs = 0;
        for (var from = chain.Manifest.DeploymentBlock; from <= head; from += 2_000)
        {
            var range = await chain.Client.GetLogsAsync(new Ledger.Rpc.RpcLogFilter { FromBlock = from, ToBlock = Math.Min(head, from + 1_999), Addresses = [chain.Contract] }, cancellationToken);
            foreach (var log in range)
            {
                logs += Ledger.Contracts.PharmaLedger.TryDecodeEvent(log.Topics, log.Data.Span, out _) ? 1 : 0;
            }
        }
        return (logs, timer.Elapsed);
    }

    /// <summary>
    /// A catch-up with the domain projection alone (<paramref name="epcis"/> false) or with the EPCIS one in its lane
    /// beside it, as the indexer runs in the API host. The follower's options are the defaults (the range adapts from one block).
    /// </summary>
    public static async Task<(long Events, long Rows, TimeSpan Elapsed)> RunAsync(BenchChain chain, ReadModelOptions readModel, bool epcis, CancellationToken cancellationToken)
    {
        await using var database = new ReadModelDatabase(readModel);
        await using var epcisDatabase = new ReadModelDatabase(readModel.Epcis());
        List<ProjectionLane> lanes = [new ProjectionLane(1, "domain read model", database, [new DomainProjection()])];
        if (epcis)
        {
            lanes.Add(new ProjectionLane(2, "EPCIS read model", epcisDatabase, [new EpcisProjection(new BenchConnectionSource(chain))]));
        }
        var store = new IndexerStore(lanes);
        var status = new IndexerStatus();
        using var metrics = new IndexerMetrics(status);
        var follower = new LedgerFollower(chain.Client, chain.Manifest, store, new IndexerOptions(), status, metrics, new ConsoleErrorLogger());
        var timer = Stopwatch.StartNew();
        await follower.OpenAsync(cancellationToken);
        while (await follower.StepAsync(cancellationToken))
        {
            Console.Error.Write($"\r  {readModel.Dialect}: block {status.Current.Checkpoint:N0}, {status.Current.EventsProjected:N0} events   ");
        }
        timer.Stop();
        Console.Error.WriteLine();
        long rows = 0;
        foreach (var lane in lanes)
        {
            await using var connection = await lane.Database.OpenAsync(cancellationToken);
            foreach (var table in lane.Projections.SelectMany(p => p.Tables))
            {
                await using var command = connection.Command($"SELECT COUNT(*) FROM {table}");
                rows += Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return (status.Current.EventsProjected, rows, timer.Elapsed);
    }
}
