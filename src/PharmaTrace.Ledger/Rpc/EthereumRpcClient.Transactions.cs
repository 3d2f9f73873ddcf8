using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

public sealed partial class EthereumRpcClient
{
    /// <summary>
    /// <c>eth_sendRawTransaction</c>: submits signed bytes and returns the transaction hash,
    /// keccak256 of those bytes (EIP-2718).
    /// </summary>
    /// <remarks>
    /// Idempotent, so it may be retried, by this client or by the caller, with the same bytes:
    /// "already known" means the pool already holds them, and "nonce too low" when the chain already
    /// holds a transaction with this hash means an earlier attempt was mined; both return the hash.
    /// Resend the same bytes, never a re-signed transaction: a new signature is a new transaction
    /// that could be mined as well, if its nonce were changed.
    /// </remarks>
    /// <exception cref="NonceTooLowException">Another transaction with this nonce was mined.</exception>
    /// <exception cref="TransactionUnderpricedException">The fee is below what the node accepts.</exception>
    /// <exception cref="InsufficientFundsException">The sender cannot pay for it.</exception>
    public async Task<Hash32> SendRawTransactionAsync(ReadOnlyMemory<byte> signedTransaction, CancellationToken cancellationToken)
    {
        if (signedTransaction.IsEmpty)
        {
            throw new ArgumentException("A signed transaction is not empty.", nameof(signedTransaction));
        }
        var expected = Hash32.Keccak(signedTransaction.Span);
        try
        {
            var hash = await Rpc.SendAsync<Hash32>("eth_sendRawTransaction", [signedTransaction], cancellationToken);
            return hash == expected
                ? hash
                : throw new RpcException("eth_sendRawTransaction", -32603, $"The node returned hash {hash}, but the bytes sent hash to {expected}.", null);
        }
        catch (TransactionAlreadyKnownException)
        {
            return expected;
        }
        catch (NonceTooLowException)
        {
            if (await GetTransactionByHashAsync(expected, cancellationToken) is not null)
            {
                return expected;
            }
            throw;
        }
    }

    /// <summary><c>eth_getTransactionReceipt</c>: <see langword="null"/> while the transaction is pending or unknown.</summary>
    public Task<RpcTransactionReceipt?> GetTransactionReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken) =>
        Rpc.SendAsync<RpcTransactionReceipt>("eth_getTransactionReceipt", [transactionHash], cancellationToken);

    /// <summary><c>eth_getTransactionByHash</c>: <see langword="null"/> when the node knows no such transaction.</summary>
    public Task<RpcTransaction?> GetTransactionByHashAsync(Hash32 transactionHash, CancellationToken cancellationToken) =>
        Rpc.SendAsync<RpcTransaction>("eth_getTransactionByHash", [transactionHash], cancellationToken);
}
