namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The node answered a call with a JSON-RPC error object (JSON-RPC 2.0, section 5.1). An answer,
/// not a fault: the client never retries it. Subclasses name the errors callers act on.
/// </summary>
/// <remarks>
/// Codes: -32700 to -32600 are JSON-RPC's own (parse error, invalid request, method not found,
/// invalid params, internal error); EIP-1474 adds -32000 to -32006 (invalid input, resource not
/// found, resource unavailable, transaction rejected, method not supported, limit exceeded,
/// version not supported); geth and most nodes use 3 for "execution reverted".
/// </remarks>
public class RpcException : Exception
{
    /// <summary>Creates the exception for an error answer to <paramref name="method"/>.</summary>
    public RpcException(string method, int code, string rpcMessage, string? errorData)
        : base($"{method} failed with JSON-RPC error {code}: {rpcMessage}")
    {
        Method = method;
        Code = code;
        RpcMessage = rpcMessage;
        ErrorData = errorData;
    }

    /// <summary>The JSON-RPC method that failed.</summary>
    public string Method { get; }

    /// <summary>The error code.</summary>
    public int Code { get; }

    /// <summary>The node's error message, as sent.</summary>
    public string RpcMessage { get; }

    /// <summary>The error's <c>data</c> member as raw JSON text, or <see langword="null"/> when absent.</summary>
    public string? ErrorData { get; }

    /// <summary>JSON-RPC 2.0: the method does not exist or is not available.</summary>
    public const int MethodNotFound = -32601;

    /// <summary>EIP-1474: the method is not supported by this node.</summary>
    public const int MethodNotSupported = -32004;

    /// <summary>EIP-1474: the transaction was rejected.</summary>
    public const int TransactionRejected = -32003;

    /// <summary>The code geth, Anvil and Besu give an execution revert (execution-apis).</summary>
    public const int ExecutionReverted = 3;
}
