namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The node already holds this exact transaction in its pool. eth_sendRawTransaction treats this as success: the same signed bytes have the same hash.
/// </summary>
public sealed class TransactionAlreadyKnownException : RpcException
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public TransactionAlreadyKnownException(string method, int code, string rpcMessage, string? errorData)
        : base(method, code, rpcMessage, errorData)
    {
    }
}
