using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The EVM reverted the call or the gas estimate. <see cref="RevertData"/> holds the raw revert
/// bytes: a custom error (4-byte selector and ABI-encoded arguments), <c>Error(string)</c>,
/// <c>Panic(uint256)</c>, or nothing. The ABI layer decodes them.
/// </summary>
public sealed class ExecutionRevertedException : RpcException
{
    /// <summary>Creates the exception with the revert bytes extracted from the error's data.</summary>
    public ExecutionRevertedException(string method, int code, string rpcMessage, string? errorData, ReadOnlyMemory<byte> revertData)
        : base(method, code, rpcMessage, errorData)
    {
        RevertData = revertData;
    }

    /// <summary>The bytes the contract reverted with; empty for a bare <c>revert()</c>.</summary>
    public ReadOnlyMemory<byte> RevertData { get; }

    /// <summary>The message and the revert bytes as hex.</summary>
    public override string Message => $"{base.Message} (revert data {Hex.Encode(RevertData.Span)})";
}
