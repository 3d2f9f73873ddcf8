using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Sending;

/// <summary>A signed transaction the sender keeps, raw bytes and all, until it is mined or failed.</summary>
internal sealed class TrackedTransaction
{
    public TrackedTransaction(TransactionRequest request, ulong gasLimit)
    {
        Request = request;
        GasLimit = gasLimit;
    }

    public TransactionRequest Request { get; }

    public ulong GasLimit { get; }

    /// <summary>The current signature; replaced only while <see cref="Accepted"/> is false.</summary>
    public SignedTransaction Signed { get; set; } = null!;

    public Hash32 Hash => new(Signed.Hash.Span);

    public ulong Nonce => Signed.Transaction.Nonce;

    /// <summary>
    /// Whether the node has answered eth_sendRawTransaction with the hash (or "already known"). Once
    /// true the transaction is never re-signed: the node may relay or mine these bytes any time.
    /// </summary>
    public bool Accepted { get; set; }

    /// <summary>When the node last showed it knew the transaction (accepted or seen in its pool).</summary>
    public DateTimeOffset LastSeen { get; set; }

    /// <summary>How many times it was re-signed; bounded by <see cref="TransactionSenderOptions.MaxResignAttempts"/>.</summary>
    public int Resigns { get; set; }

    public TaskCompletionSource<TransactionResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
