using System.Diagnostics;
using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Chain;

/// <summary>Actions on an Anvil dev chain that tests share: deploy, send, sign, wait for a receipt.</summary>
internal static class TestChain
{
    /// <summary>The RPC options of tests: short delays, so fault tests finish in seconds.</summary>
    public static readonly JsonRpcClientOptions FastOptions = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(5),
        MaxRetryAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(500),
    };

    /// <summary>
    /// Sends from an unlocked dev account with Anvil's <c>eth_sendTransaction</c> (no signing on our
    /// side) and waits until it is mined: Anvil answers before its automined block exists.
    /// </summary>
    public static async Task<Hash32> SendFromDevAccountAsync(EthereumRpcClient client, RpcCallRequest transaction, CancellationToken cancellationToken)
    {
        var hash = await client.Rpc.SendAsync<Hash32>("eth_sendTransaction", [transaction], cancellationToken);
        await WaitForReceiptAsync(client, hash, cancellationToken);
        return hash;
    }

    /// <summary>Sends signed bytes and waits until they are mined.</summary>
    public static async Task<RpcTransactionReceipt> SendRawAndWaitAsync(EthereumRpcClient client, byte[] signedTransaction, CancellationToken cancellationToken)
    {
        var hash = await client.SendRawTransactionAsync(signedTransaction, cancellationToken);
        return await WaitForReceiptAsync(client, hash, cancellationToken);
    }

    /// <summary>Deploys <paramref name="runtime"/> from dev account 0 and returns the contract's address.</summary>
    public static async Task<Address> DeployAsync(EthereumRpcClient client, byte[] runtime, CancellationToken cancellationToken)
    {
        var hash = await SendFromDevAccountAsync(
            client, new RpcCallRequest { From = AnvilAccounts.Account0, Data = EvmBytecode.Deploy(runtime) }, cancellationToken);
        var receipt = await WaitForReceiptAsync(client, hash, cancellationToken);
        Assert.That(receipt.Succeeded, Is.True, "the deployment failed");
        return receipt.ContractAddress ?? throw new AssertionException("The deployment receipt has no contract address.");
    }

    /// <summary>Waits on the condition "the receipt exists", polling, for at most 30 s.</summary>
    public static async Task<RpcTransactionReceipt> WaitForReceiptAsync(EthereumRpcClient client, Hash32 hash, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await client.GetTransactionReceiptAsync(hash, cancellationToken) is { } receipt)
            {
                return receipt;
            }
            await Task.Delay(25, cancellationToken);
        }
        throw new AssertionException($"No receipt for {hash} within 30 s.");
    }

    /// <summary>Signs an EIP-1559 transfer with our own signing layer.</summary>
    public static byte[] SignTransfer(string key, ulong nonce, Address to, BigInteger value, BigInteger maxFeePerGas, BigInteger maxPriorityFeePerGas)
    {
        using var privateKey = PrivateKey.FromHex(key);
        var transaction = new Eip1559Transaction
        {
            ChainId = AnvilAccounts.ChainId,
            Nonce = nonce,
            GasLimit = 21_000,
            To = to,
            Value = value,
            MaxFeePerGas = maxFeePerGas,
            MaxPriorityFeePerGas = maxPriorityFeePerGas,
        };
        return transaction.Sign(privateKey).RawBytes.ToArray();
    }

    /// <summary>Signs a transfer of 1 wei with fees Anvil's default chain accepts (base fee 1 gwei, falling).</summary>
    public static byte[] SignTransfer(string key, ulong nonce, BigInteger value) =>
        SignTransfer(key, nonce, AnvilAccounts.Account2, value, maxFeePerGas: 10_000_000_000, maxPriorityFeePerGas: 1_000_000_000);
}
