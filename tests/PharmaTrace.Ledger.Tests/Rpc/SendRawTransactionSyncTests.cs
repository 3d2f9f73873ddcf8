using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary><c>eth_sendRawTransactionSync</c> (EIP-7966) against a real automining Anvil node.</summary>
public sealed class SendRawTransactionSyncTests : AnvilRpcTestBase
{
    [Test]
    public async Task A_mined_transaction_returns_its_receipt_in_the_same_call()
    {
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 7);

        var receipt = await Client.SendRawTransactionSyncAsync(raw, TimeSpan.FromSeconds(2), Token);

        Assert.That(receipt, Is.Not.Null);
        Assert.Multiple(async () =>
        {
            Assert.That(receipt!.TransactionHash, Is.EqualTo(Hash32.Keccak(raw)));
            Assert.That(receipt.Succeeded, Is.True);
            Assert.That(receipt.GasUsed, Is.EqualTo(21_000UL));
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.EqualTo(1UL));
        });
    }

    [Test]
    public async Task Resending_mined_bytes_returns_the_same_receipt_and_mines_nothing_more()
    {
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 7);
        var first = await Client.SendRawTransactionSyncAsync(raw, TimeSpan.FromSeconds(2), Token);

        var second = await Client.SendRawTransactionSyncAsync(raw, TimeSpan.FromSeconds(2), Token);

        Assert.Multiple(async () =>
        {
            Assert.That(second?.TransactionHash, Is.EqualTo(first!.TransactionHash));
            Assert.That(second?.BlockHash, Is.EqualTo(first.BlockHash));
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.EqualTo(1UL));
        });
    }

    [Test]
    public async Task Another_transaction_with_a_used_nonce_is_nonce_too_low()
    {
        await Client.SendRawTransactionSyncAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), TimeSpan.FromSeconds(2), Token);

        Assert.ThrowsAsync<NonceTooLowException>(
            () => Client.SendRawTransactionSyncAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 2), TimeSpan.FromSeconds(2), Token));
    }

    [Test]
    public void A_timeout_as_long_as_an_attempt_is_refused_before_anything_is_sent()
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Client.SendRawTransactionSyncAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), TestChain.FastOptions.AttemptTimeout, Token));
    }
}

/// <summary><c>eth_sendRawTransactionSync</c> against a node that does not mine: the transaction stays pending.</summary>
public sealed class SendRawTransactionSyncPendingTests : AnvilRpcTestBase
{
    protected override AnvilNodeOptions NodeOptions => new() { ExtraArguments = ["--no-mining"] };

    [Test]
    public async Task A_transaction_not_mined_within_the_timeout_is_null_and_stays_in_the_pool()
    {
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var receipt = await Client.SendRawTransactionSyncAsync(raw, TimeSpan.FromMilliseconds(300), Token);
        var waited = watch.Elapsed;
        var again = await Client.SendRawTransactionSyncAsync(raw, TimeSpan.FromMilliseconds(300), Token);

        Assert.Multiple(async () =>
        {
            Assert.That(receipt, Is.Null);
            Assert.That(again, Is.Null, "already known");
            Assert.That(waited, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250)), "the call waited for its timeout");
            Assert.That(await Client.GetTransactionByHashAsync(Hash32.Keccak(raw), Token), Is.Not.Null);
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Pending, Token), Is.EqualTo(1UL));
        });
    }
}
