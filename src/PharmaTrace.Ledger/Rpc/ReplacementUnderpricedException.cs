namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// A pending transaction with the same sender and nonce is already in the pool, and this one does
/// not raise both fee caps enough to replace it (geth requires 10% more by default).
/// </summary>
public sealed class ReplacementUnderpricedException : TransactionUnderpricedException
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public ReplacementUnderpricedException(string method, int code, string rpcMessage, string? errorData)
        : base(method, code, rpcMessage, errorData)
    {
    }
}
