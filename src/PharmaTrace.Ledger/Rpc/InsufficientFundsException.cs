namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The sender cannot pay gas limit times fee cap plus value. On zero-fee networks this means the value alone exceeds the balance.
/// </summary>
public sealed class InsufficientFundsException : RpcException
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public InsufficientFundsException(string method, int code, string rpcMessage, string? errorData)
        : base(method, code, rpcMessage, errorData)
    {
    }
}
