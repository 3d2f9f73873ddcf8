using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.Projection;
using PharmaTrace.Indexer.Tests.World;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Tests.Following;

public sealed class AdaptiveRangeTests() : ProjectionTestBase(SqlDialect.Sqlite)
{
    [Test]
    public async Task A_node_that_refuses_large_log_ranges_makes_the_range_shrink_and_the_read_model_is_still_complete()
    {
        var a = await Actors.AdmitAsync(World, Token);
        await new TestBatch(5).RegisterAsync(World, a.Manufacturer, 2, Token);
        await new TestBatch(5).RegisterAsync(World, a.Manufacturer, 5, Token);
        var proxy = await Own(await RangeLimitingProxy.StartAsync(World.Node.Url, limit: 3, Token));
        using var http = new HttpClient();
        var throughProxy = new EthereumRpcClient(http, LedgerWorld.FastRpc with { Endpoint = proxy.Url });
        var limited = await Own(new IndexerHarness(ReadModel.Options, throughProxy, World.Manifest, new IndexerOptions { InitialBlockRange = 64, MaxBlockRange = 64 }));

        await limited.CatchUpAsync(Token);

        var fresh = await IndexerAsync(await SecondReadModelAsync());
        await fresh.CatchUpAsync(Token);
        Assert.Multiple(() =>
        {
            Assert.That(proxy.Refused, Is.GreaterThanOrEqualTo(4), "64 -> 32 -> 16 -> 8 -> 4 -> 2 each refused once at least");
            Assert.That(limited.Follower.CurrentBlockRange, Is.LessThanOrEqualTo(8), "the range stays near the node's limit");
            Assert.That(limited.Status.Current.LastError, Does.Contain("max block range 3"));
        });
        Assert.That(await TableDump.DumpAsync(limited, Token), Is.EqualTo(await TableDump.DumpAsync(fresh, Token)));
    }

    [TestCase(100UL, 2000UL, new[] { false, false }, 400UL)]
    [TestCase(100UL, 2000UL, new[] { true, true, true }, 12UL)]
    [TestCase(1000UL, 2000UL, new[] { false, false }, 2000UL)]
    [TestCase(1UL, 2000UL, new[] { true }, 1UL)]
    public void The_range_halves_on_refusal_doubles_on_success_and_stays_within_one_and_the_maximum(ulong initial, ulong max, bool[] refusals, ulong expected)
    {
        var range = new AdaptiveBlockRange(initial, max);
        foreach (var refused in refusals)
        {
            if (refused)
            {
                range.Failed();
            }
            else
            {
                range.Succeeded();
            }
        }
        Assert.That(range.Current, Is.EqualTo(expected));
    }
}
