namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The transaction's nonce leaves a gap above the sender's next nonce, and the node refuses to queue it (Hardhat with automining, Besu beyond its future-nonce window). Geth and Anvil queue such transactions instead of answering this.
/// </summary>
public sealed class NonceTooHighException : RpcException
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public NonceTooHighException(string method, int code, string rpcMessage, string? errorData)
        : base(method, code, rpcMessage, errorData)
    {
    }
}
