using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// A transaction the <see cref="TransactionSender"/> has signed and owns until it is mined: from
/// here on the sender (re)broadcasts the same bytes, so the caller must not send the request again.
/// </summary>
public sealed class PendingTransaction
{
    private readonly Task<TransactionResult> _completion;

    internal PendingTransaction(Func<Hash32> hash, Func<ulong> nonce, Task<TransactionResult> completion)
    {
        _hash = hash;
        _nonce = nonce;
        _completion = completion;
    }

    private readonly Func<Hash32> _hash;
    private readonly Func<ulong> _nonce;

    /// <summary>The current hash. It changes only if the sender re-signed a transaction the node never accepted.</summary>
    public Hash32 TransactionHash => _hash();

    /// <summary>The current nonce (changes with <see cref="TransactionHash"/>).</summary>
    public ulong Nonce => _nonce();

    /// <summary>
    /// Waits until the transaction is mined with the configured confirmations. Cancelling the wait
    /// does not cancel the transaction.
    /// </summary>
    /// <exception cref="TransactionRevertedException">It was mined with status 0.</exception>
    /// <exception cref="NonceConsumedException">Another transaction took its nonce.</exception>
    public Task<TransactionResult> WaitAsync(CancellationToken cancellationToken) => _completion.WaitAsync(cancellationToken);
}
