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

    /// <summary>
    /// <c>eth_sendRawTransactionSync</c> (EIP-7966; Anvil, geth 1.16.6+, Erigon 3.4+): submits signed
    /// bytes and returns their receipt once they are mined, in one call. Returns <see langword="null"/>
    /// when no receipt came within <paramref name="timeout"/> (the node's own timeout or ours, whichever
    /// is first) or the node already held the bytes ("already known"): the transaction may be pending,
    /// or the bytes may not have reached the node; follow it with <see cref="GetTransactionReceiptAsync"/>
    /// and send the same bytes again if the node does not know them.
    /// </summary>
    /// <remarks>
    /// Idempotent as <see cref="SendRawTransactionAsync"/> is: bytes already mined return their receipt.
    /// Only the bytes are sent (Anvil refuses EIP-7966's optional timeout parameter); the timeout is
    /// kept here. A node without the method throws <see cref="RpcException"/> with
    /// <see cref="RpcException.MethodNotFound"/>: send with <see cref="SendRawTransactionAsync"/> instead.
    /// </remarks>
    /// <exception cref="NonceTooLowException">Another transaction with this nonce was mined.</exception>
    /// <exception cref="TransactionUnderpricedException">The fee is below what the node accepts.</exception>
    /// <exception cref="InsufficientFundsException">The sender cannot pay for it.</exception>
    public async Task<RpcTransactionReceipt?> SendRawTransactionSyncAsync(ReadOnlyMemory<byte> signedTransaction, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (signedTransaction.IsEmpty)
        {
            throw new ArgumentException("A signed transaction is not empty.", nameof(signedTransaction));
        }
        if (timeout <= TimeSpan.Zero || timeout >= Rpc.AttemptTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "Must be positive and shorter than the client's attempt timeout.");
        }
        var expected = Hash32.Keccak(signedTransaction.Span);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            var receipt = await Rpc.SendAsync<RpcTransactionReceipt>("eth_sendRawTransactionSync", [signedTransaction], limit.Token);
            return receipt is null || receipt.TransactionHash == expected
                ? receipt
                : throw new RpcException("eth_sendRawTransactionSync", -32603, $"The node returned the receipt of {receipt.TransactionHash}, but the bytes sent hash to {expected}.", null);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (TransactionAlreadyKnownException)
        {
            return null;
        }
        catch (NonceTooLowException)
        {
            if (await GetTransactionByHashAsync(expected, cancellationToken) is not null)
            {
                return await GetTransactionReceiptAsync(expected, cancellationToken);
            }
            throw;
        }
        catch (RpcException e) when (e.Code == SyncTimeout && e is not ExecutionRevertedException)
        {
            return null;
        }
    }

    /// <summary>EIP-7966's error code for "the transaction was not mined within the timeout".</summary>
    private const int SyncTimeout = 4;

    /// <summary><c>eth_getTransactionReceipt</c>: <see langword="null"/> while the transaction is pending or unknown.</summary>
    public Task<RpcTransactionReceipt?> GetTransactionReceiptAsync(Hash32 transactionHash, CancellationToken cancellationToken) =>
        Rpc.SendAsync<RpcTransactionReceipt>("eth_getTransactionReceipt", [transactionHash], cancellationToken);

    /// <summary><c>eth_getTransactionByHash</c>: <see langword="null"/> when the node knows no such transaction.</summary>
    public Task<RpcTransaction?> GetTransactionByHashAsync(Hash32 transactionHash, CancellationToken cancellationToken) =>
        Rpc.SendAsync<RpcTransaction>("eth_getTransactionByHash", [transactionHash], cancellationToken);
}
