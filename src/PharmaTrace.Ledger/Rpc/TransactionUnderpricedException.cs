namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The fee is too low for the node to accept: below its minimum price, or a fee cap below the block's base fee (EIP-1559).
/// </summary>
public class TransactionUnderpricedException : RpcException
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public TransactionUnderpricedException(string method, int code, string rpcMessage, string? errorData)
        : base(method, code, rpcMessage, errorData)
    {
    }
}
