using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Projection;

/// <summary>A fresh chain and an empty read model of the fixture's database per test.</summary>
[CancelAfter(120_000)]
public abstract class ProjectionTestBase(SqlDialect dialect)
{
    private readonly List<IAsyncDisposable> _owned = [];

    protected LedgerWorld World { get; private set; } = null!;

    protected TestReadModel ReadModel { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [SetUp]
    public async Task StartAsync()
    {
        ReadModel = await Own(await TestReadModel.CreateAsync(dialect, Token));
        World = await Own(await LedgerWorld.StartAsync(Token));
    }

    [TearDown]
    public async Task StopAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }
        _owned.Clear();
    }

    protected async Task<T> Own<T>(T owned)
        where T : IAsyncDisposable
    {
        _owned.Add(owned);
        return await Task.FromResult(owned);
    }

    /// <summary>An indexer over this test's read model (or another one) and chain; <paramref name="extra"/> run in the domain lane.</summary>
    protected Task<IndexerHarness> IndexerAsync(TestReadModel? readModel = null, IndexerOptions? options = null, params ILedgerProjection[] extra) =>
        Own(new IndexerHarness((readModel ?? ReadModel).Options, World.Client, World.Manifest, options, extra));

    /// <summary>An indexer whose EPCIS lane runs <paramref name="epcisLaneExtras"/> after the EPCIS projection.</summary>
    protected Task<IndexerHarness> IndexerWithEpcisLaneExtrasAsync(IndexerOptions? options, params ILedgerProjection[] epcisLaneExtras) =>
        Own(new IndexerHarness(ReadModel.Options, World.Client, World.Manifest, options, null, epcisLaneExtras));

    protected Task<TestReadModel> SecondReadModelAsync() => TestReadModel.CreateAsync(dialect, Token).ContinueWith(t => Own(t.Result), TaskScheduler.Default).Unwrap();
}
