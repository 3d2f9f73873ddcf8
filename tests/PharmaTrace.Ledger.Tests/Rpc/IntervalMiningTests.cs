using System.Diagnostics;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>A real Anvil node that mines on a timer (<c>--block-time 1</c>), as a live chain does.</summary>
public sealed class IntervalMiningTests : AnvilRpcTestBase
{
    protected override AnvilNodeOptions NodeOptions => new() { BlockTimeSeconds = 1 };

    [Test]
    public async Task Blocks_arrive_on_the_interval_without_transactions()
    {
        var clock = Stopwatch.StartNew();
        ulong head = 0;
        while (head < 2 && clock.Elapsed < TimeSpan.FromSeconds(15))
        {
            head = await Client.GetBlockNumberAsync(Token);
            await Task.Delay(100, Token);
        }

        Assert.That(head, Is.GreaterThanOrEqualTo(2UL), "two blocks within 15 s at one per second");
    }
}
