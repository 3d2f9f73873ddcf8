using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>The transaction pool of a real Anvil node that does not mine (<c>--no-mining</c>).</summary>
public sealed class PendingPoolTests : AnvilRpcTestBase
{
    protected override AnvilNodeOptions NodeOptions => new() { ExtraArguments = ["--no-mining"] };

    [Test]
    public async Task Resending_the_same_bytes_while_pending_returns_the_same_hash()
    {
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1);
        var first = await Client.SendRawTransactionAsync(raw, Token);

        var second = await Client.SendRawTransactionAsync(raw, Token);

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public async Task The_pending_nonce_counts_pooled_transactions_and_the_latest_does_not()
    {
        await Client.SendRawTransactionAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), Token);

        Assert.Multiple(async () =>
        {
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Pending, Token), Is.EqualTo(1UL));
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.Zero);
        });
    }

    [Test]
    public async Task A_pending_transaction_has_no_receipt_and_no_block_yet()
    {
        var hash = await Client.SendRawTransactionAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), Token);

        var transaction = await Client.GetTransactionByHashAsync(hash, Token);

        Assert.Multiple(async () =>
        {
            Assert.That(await Client.GetTransactionReceiptAsync(hash, Token), Is.Null);
            Assert.That(transaction, Is.Not.Null);
            Assert.That(transaction!.BlockHash, Is.Null);
            Assert.That(transaction.BlockNumber, Is.Null);
        });
    }

    [Test]
    public async Task Replacing_a_pending_transaction_without_raising_the_fee_is_replacement_underpriced()
    {
        await Client.SendRawTransactionAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), Token);

        var replacement = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 2);

        Assert.ThrowsAsync<ReplacementUnderpricedException>(() => Client.SendRawTransactionAsync(replacement, Token));
    }
}
