namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The transaction's nonce is below the sender's account nonce: a transaction with that nonce is already mined. Re-read the nonce (eth_getTransactionCount, pending) before building the next one.
/// </summary>
public sealed class NonceTooLowException : RpcException
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public NonceTooLowException(string method, int code, string rpcMessage, string? errorData)
        : base(method, code, rpcMessage, errorData)
    {
    }
}
