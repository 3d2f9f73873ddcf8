using System.Numerics;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// A private network without fees, as consortium chains often run: Anvil with a base fee of 0.
/// </summary>
public sealed class ZeroFeeNetworkTests : AnvilRpcTestBase
{
    protected override AnvilNodeOptions NodeOptions => new() { ExtraArguments = ["--base-fee", "0", "--gas-price", "0"] };

    [Test]
    public async Task The_base_fee_of_a_zero_fee_network_reads_as_zero()
    {
        var block = await Client.GetBlockByNumberAsync(BlockParameter.Latest, Token);

        Assert.That(block!.BaseFeePerGas, Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public async Task A_transaction_with_zero_fees_is_mined_and_costs_nothing()
    {
        var before = await Client.GetBalanceAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token);
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, 0, AnvilAccounts.Account2, 7, maxFeePerGas: 0, maxPriorityFeePerGas: 0);

        var hash = await Client.SendRawTransactionAsync(raw, Token);
        var receipt = await TestChain.WaitForReceiptAsync(Client, hash, Token);

        Assert.Multiple(async () =>
        {
            Assert.That(receipt.Succeeded, Is.True);
            Assert.That(receipt.EffectiveGasPrice, Is.EqualTo(BigInteger.Zero));
            Assert.That(await Client.GetBalanceAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.EqualTo(before - 7));
        });
    }

    [Test]
    public async Task Fee_history_of_a_zero_fee_network_has_zero_base_fees()
    {
        var history = await Client.GetFeeHistoryAsync(1, BlockParameter.Latest, [50], Token);

        Assert.That(history.BaseFeePerGas, Is.All.EqualTo(BigInteger.Zero));
    }
}
