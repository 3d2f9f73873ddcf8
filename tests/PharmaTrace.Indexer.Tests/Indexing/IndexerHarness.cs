using Microsoft.Extensions.Logging.Abstractions;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Tests.Indexing;

/// <summary>The real indexer (store, domain projection, follower) over one read model and one node.</summary>
public sealed class IndexerHarness : IAsyncDisposable
{
    public IndexerHarness(ReadModelOptions readModel, EthereumRpcClient client, DeploymentManifest manifest, IndexerOptions? options = null, params ILedgerProjection[] extraProjections)
    {
        Database = new ReadModelDatabase(readModel);
        Store = new IndexerStore(Database, [new DomainProjection(), .. extraProjections]);
        Metrics = new IndexerMetrics(Status);
        Follower = new LedgerFollower(client, manifest, Store, options ?? new IndexerOptions(), Status, Metrics, NullLogger.Instance);
        Client = client;
    }

    public ReadModelDatabase Database { get; }
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
    }
}
