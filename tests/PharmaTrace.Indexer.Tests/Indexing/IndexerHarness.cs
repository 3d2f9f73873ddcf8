using Microsoft.Extensions.Logging.Abstractions;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Tests.Epcis;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Tests.Indexing;

/// <summary>
/// The real indexer over one read model and one node, in the host's layout: the domain projection's lane (with
/// <paramref name="extraProjections"/> after it) and the EPCIS projection's lane (with <paramref name="epcisLaneExtras"/>
/// after it) in the EPCIS database (<see cref="ReadModelOptions.Epcis"/>), written side by side.
/// </summary>
public sealed class IndexerHarness : IAsyncDisposable
{
    public IndexerHarness(ReadModelOptions readModel, EthereumRpcClient client, DeploymentManifest manifest, IndexerOptions? options = null,
        ILedgerProjection[]? extraProjections = null, ILedgerProjection[]? epcisLaneExtras = null)
    {
        Database = new ReadModelDatabase(readModel);
        EpcisDatabase = new ReadModelDatabase(readModel.Epcis());
        Store = new IndexerStore(
        [
            new ProjectionLane(1, "domain read model", Database, [new DomainProjection(), .. extraProjections ?? []]),
            new ProjectionLane(2, "EPCIS read model", EpcisDatabase, [new EpcisProjection(new FixedLedgerConnectionSource(manifest)), .. epcisLaneExtras ?? []]),
        ]);
        Metrics = new IndexerMetrics(Status);
        Follower = new LedgerFollower(client, manifest, Store, options ?? new IndexerOptions(), Status, Metrics, NullLogger.Instance);
        Client = client;
    }

    public ReadModelDatabase Database { get; }
    public ReadModelDatabase EpcisDatabase { get; }
    public IndexerStore Store { get; }
    public IndexerStatus Status { get; } = new();
    public IndexerMetrics Metrics { get; }
    public LedgerFollower Follower { get; }
    public EthereumRpcClient Client { get; }

    /// <summary>Steps until the checkpoint is the chain head and no step has anything left to do.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        await Follower.OpenAsync(cancellationToken);
        await StepToHeadAsync(cancellationToken);
    }

    public async Task StepToHeadAsync(CancellationToken cancellationToken)
    {
        while (await Follower.StepAsync(cancellationToken))
        {
        }
        var head = await Client.GetBlockNumberAsync(cancellationToken);
        var checkpoint = await Store.ReadCheckpointAsync(cancellationToken);
        Assert.That(checkpoint.BlockNumber, Is.EqualTo(head), "the follower went idle below the head");
    }

    public async ValueTask DisposeAsync()
    {
        Metrics.Dispose();
        await Database.DisposeAsync();
        await EpcisDatabase.DisposeAsync();
    }
}
