using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>Transactions signed by our own signing layer, sent to a real automining Anvil node.</summary>
public sealed class SendRawTransactionTests : AnvilRpcTestBase
{
    [Test]
    public async Task A_signed_transfer_is_mined_and_its_receipt_and_transaction_read_back()
    {
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1234);

        var hash = await Client.SendRawTransactionAsync(raw, Token);
        var receipt = await TestChain.WaitForReceiptAsync(Client, hash, Token);
        // Anvil can answer the receipt a moment before its transaction lookup shows the block: wait for it.
        var transaction = await Client.GetTransactionByHashAsync(hash, Token);
        for (var attempt = 0; transaction?.BlockNumber is null && attempt < 100; attempt++)
        {
            await Task.Delay(20, Token);
            transaction = await Client.GetTransactionByHashAsync(hash, Token);
        }
        var block = await Client.GetBlockByNumberAsync(receipt.BlockNumber, Token);

        Assert.Multiple(() =>
        {
            Assert.That(hash, Is.EqualTo(Hash32.Keccak(raw)), "EIP-2718: the hash of a typed transaction is keccak256 of its bytes");
            Assert.That(receipt.Succeeded, Is.True);
            Assert.That(receipt.Status, Is.EqualTo(1UL));
            Assert.That(receipt.GasUsed, Is.EqualTo(21_000UL));
            Assert.That(receipt.From, Is.EqualTo(AnvilAccounts.Account1));
            Assert.That(receipt.To, Is.EqualTo(AnvilAccounts.Account2));
            Assert.That(receipt.ContractAddress, Is.Null);
            Assert.That(receipt.EffectiveGasPrice, Is.EqualTo(block!.BaseFeePerGas + 1_000_000_000), "EIP-1559: base fee plus the tip");
            Assert.That(receipt.BlockHash, Is.EqualTo(block.Hash));
            Assert.That(receipt.Logs, Is.Empty);
            Assert.That(receipt.Type, Is.EqualTo(2UL));
            Assert.That(transaction!.Hash, Is.EqualTo(hash));
            Assert.That(transaction.From, Is.EqualTo(AnvilAccounts.Account1));
            Assert.That(transaction.Nonce, Is.Zero);
            Assert.That(transaction.Value, Is.EqualTo(new BigInteger(1234)));
            Assert.That(transaction.Gas, Is.EqualTo(21_000UL));
            Assert.That(transaction.MaxFeePerGas, Is.EqualTo(new BigInteger(10_000_000_000)));
            Assert.That(transaction.ChainId, Is.EqualTo(31337UL));
            Assert.That(transaction.BlockNumber, Is.EqualTo(receipt.BlockNumber));
        });
    }

    [Test]
    public async Task The_nonce_counts_mined_transactions()
    {
        await TestChain.SendRawAndWaitAsync(Client, TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), Token);
        await TestChain.SendRawAndWaitAsync(Client, TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 1, value: 1), Token);

        Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.EqualTo(2UL));
    }

    [Test]
    public async Task Resending_the_same_bytes_after_they_were_mined_returns_the_same_hash()
    {
        // What a retry after a lost answer looks like: the node says "nonce too low", and the chain
        // already holds a transaction with this hash.
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1);
        var first = (await TestChain.SendRawAndWaitAsync(Client, raw, Token)).TransactionHash;

        var second = await Client.SendRawTransactionAsync(raw, Token);

        Assert.Multiple(async () =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.ThrowsAsync<NonceTooLowException>(
                () => Client.Rpc.SendAsync<PharmaTrace.Ledger.Primitives.Hash32>("eth_sendRawTransaction", [(ReadOnlyMemory<byte>)raw], Token),
                "what the node itself answers, and the client absorbs");
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.EqualTo(1UL));
        });
    }

    [Test]
    public async Task Another_transaction_with_a_used_nonce_is_nonce_too_low()
    {
        await TestChain.SendRawAndWaitAsync(Client, TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 1), Token);

        var error = Assert.ThrowsAsync<NonceTooLowException>(
            () => Client.SendRawTransactionAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: 2), Token));

        Assert.That(error!.Code, Is.EqualTo(RpcException.TransactionRejected));
    }

    [Test]
    public void A_transfer_beyond_the_balance_is_insufficient_funds()
    {
        var tooMuch = BigInteger.Pow(10, 30);

        Assert.ThrowsAsync<InsufficientFundsException>(
            () => Client.SendRawTransactionAsync(TestChain.SignTransfer(AnvilAccounts.Key1, nonce: 0, value: tooMuch), Token));
    }

    [Test]
    public void A_fee_cap_below_the_base_fee_is_underpriced()
    {
        var raw = TestChain.SignTransfer(AnvilAccounts.Key1, 0, AnvilAccounts.Account2, 1, maxFeePerGas: 1, maxPriorityFeePerGas: 1);

        Assert.ThrowsAsync<TransactionUnderpricedException>(() => Client.SendRawTransactionAsync(raw, Token));
    }

    [Test]
    public void Bytes_that_are_not_a_transaction_are_an_rpc_error_not_a_retry()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => Client.SendRawTransactionAsync(new byte[] { 0x12, 0x34 }, Token));

        Assert.That(error!.Code, Is.EqualTo(-32602), "JSON-RPC 2.0: invalid params");
    }

    [Test]
    public async Task A_receipt_of_an_unknown_transaction_is_null()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Client.GetTransactionReceiptAsync(Hash32.Keccak([9]), Token), Is.Null);
            Assert.That(await Client.GetTransactionByHashAsync(Hash32.Keccak([9]), Token), Is.Null);
        });
    }
}
