using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// A transaction the node had accepted can no longer be mined: another transaction from the same
/// account took its nonce (another process using the key, or a replacement). It is not re-signed,
/// since the node has seen its hash and a copy of it may still be mined elsewhere; the caller
/// decides what to do.
/// </summary>
public sealed class NonceConsumedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NonceConsumedException(Hash32 transactionHash, ulong nonce)
        : base($"Transaction {transactionHash} can no longer be mined: nonce {nonce} was taken by another transaction of the same account.")
    {
        TransactionHash = transactionHash;
        Nonce = nonce;
    }

    /// <summary>The transaction that lost its nonce.</summary>
    public Hash32 TransactionHash { get; }

    /// <summary>The nonce.</summary>
    public ulong Nonce { get; }
}
