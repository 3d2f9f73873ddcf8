using System.Numerics;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>EIP-1559 fee reads against a real Anvil node with its default fees (base fee 1 gwei).</summary>
public sealed class FeeTests : AnvilRpcTestBase
{
    [Test]
    public async Task The_priority_fee_suggestion_of_anvil_is_one_gwei()
    {
        Assert.That(await Client.GetMaxPriorityFeePerGasAsync(Token), Is.EqualTo(new BigInteger(1_000_000_000)));
    }

    [Test]
    public async Task The_gas_price_is_positive()
    {
        Assert.That(await Client.GetGasPriceAsync(Token), Is.GreaterThan(BigInteger.Zero));
    }

    [Test]
    public async Task Fee_history_has_one_base_fee_more_than_blocks_and_a_reward_per_percentile()
    {
        await Client.Rpc.SendAsync<object>("anvil_mine", [4UL], Token);

        // Anvil fills its fee-history cache from new-block notifications, in the background: right
        // after anvil_mine the newest block may not be in it yet (seen on a fast CI machine), and the
        // answer then stops one block short. Ask again until the history reaches the fourth block.
        var history = await Client.GetFeeHistoryAsync(4, BlockParameter.Latest, [25, 75], Token);
        for (var attempt = 0; attempt < 100 && history.GasUsedRatio.Count < 4; attempt++)
        {
            await Task.Delay(20, Token);
            history = await Client.GetFeeHistoryAsync(4, BlockParameter.Latest, [25, 75], Token);
        }

        Assert.Multiple(() =>
        {
            Assert.That(history.OldestBlock, Is.EqualTo(1UL));
            Assert.That(history.BaseFeePerGas, Has.Count.EqualTo(5), "EIP-1559 fee history includes the next block's base fee");
            Assert.That(history.GasUsedRatio, Has.Count.EqualTo(4));
            Assert.That(history.Reward, Has.Count.EqualTo(4));
            Assert.That(history.Reward!.All(r => r.Count == 2), Is.True);
        });
    }
}
