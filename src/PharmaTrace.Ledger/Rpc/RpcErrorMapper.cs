using System.Text.Json;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Rpc.Json;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// Maps a JSON-RPC error object to the typed exception callers act on. Nodes agree on little here:
/// EIP-1474 gives -32003 "transaction rejected" but not the reasons, so the reasons are read from
/// the messages of geth, Anvil, Hardhat, Besu, Nethermind and Erigon.
/// </summary>
internal static class RpcErrorMapper
{
    // Lower-case fragments, with '_' read as ' ' so Besu's NONCE_TOO_LOW matches "nonce too low".
    private static readonly string[] AlreadyKnown = ["already known", "already imported", "known transaction", "alreadyknown"];
    private static readonly string[] ReplacementUnderpriced = ["replacement transaction underpriced", "replacement underpriced", "replacementnotallowed"];
    private static readonly string[] NonceTooLow = ["nonce too low", "nonce is too low", "oldnonce"];
    private static readonly string[] NonceTooHigh = ["nonce too high", "nonce gap", "nonce too far in future", "noncegap"];
    private static readonly string[] InsufficientFunds = ["insufficient funds", "upfront cost exceeds", "insufficientfunds", "enough funds"];
    private static readonly string[] Underpriced =
    [
        "underpriced",
        "fee per gas less than block base fee",
        "fee cap less than block base fee",
        "is too low for the next block",
        "gas price too low",
        "gas price below",
        "feetoolow",
        "fee too low",
    ];

    private const int MaxDataDepth = 4;

    public static RpcException Map(string method, JsonRpcError error)
    {
        var data = error.Data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : error.Data.GetRawText();
        var message = error.Message.Replace('_', ' ').ToLowerInvariant();
        if (IsRevert(error.Code, message, error.Data, 0))
        {
            var revertData = TryExtractRevertData(error.Data, 0, out var bytes) ? bytes : [];
            return new ExecutionRevertedException(method, error.Code, error.Message, data, revertData);
        }
        // Order matters: "replacement transaction underpriced" must not read as plain underpriced.
        if (ContainsAny(message, AlreadyKnown))
        {
            return new TransactionAlreadyKnownException(method, error.Code, error.Message, data);
        }
        if (ContainsAny(message, ReplacementUnderpriced))
        {
            return new ReplacementUnderpricedException(method, error.Code, error.Message, data);
        }
        if (ContainsAny(message, NonceTooLow))
        {
            return new NonceTooLowException(method, error.Code, error.Message, data);
        }
        if (ContainsAny(message, NonceTooHigh))
        {
            return new NonceTooHighException(method, error.Code, error.Message, data);
        }
        if (ContainsAny(message, InsufficientFunds))
        {
            return new InsufficientFundsException(method, error.Code, error.Message, data);
        }
        if (ContainsAny(message, Underpriced))
        {
            return new TransactionUnderpricedException(method, error.Code, error.Message, data);
        }
        return new RpcException(method, error.Code, error.Message, data);
    }

    /// <summary>
    /// Code 3, or "revert" in the message or in older Nethermind's data string; also in an error a
    /// wallet or proxy wrapped as <c>data.originalError</c> under its own generic message.
    /// </summary>
    private static bool IsRevert(int code, string message, JsonElement data, int depth)
    {
        if (code == RpcException.ExecutionReverted || message.Contains("revert", StringComparison.OrdinalIgnoreCase)
            || (data.ValueKind == JsonValueKind.String && data.GetString()!.StartsWith("Reverted", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (data.ValueKind != JsonValueKind.Object || depth >= MaxDataDepth)
        {
            return false;
        }
        foreach (var name in (ReadOnlySpan<string>)["originalError", "error"])
        {
            if (data.TryGetProperty(name, out var inner) && inner.ValueKind == JsonValueKind.Object
                && IsRevert(
                    inner.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var innerCode) ? innerCode : 0,
                    inner.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty,
                    inner.TryGetProperty("data", out var d) ? d : default,
                    depth + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Finds the revert bytes in an error's data. Geth, Anvil, Besu and Nethermind send a hex string;
    /// Hardhat nests it as <c>{"message": ..., "data": "0x.."}</c>; wallets and proxies wrap that again
    /// (<c>originalError</c>); Ganache 7 sends <c>{"result": "0x.."}</c> and Ganache 2 keys it by
    /// transaction hash as <c>{"return": "0x.."}</c>; older
    /// Nethermind prefixes the hex with "Reverted ".
    /// </summary>
    internal static bool TryExtractRevertData(JsonElement data, int depth, out byte[] bytes)
    {
        bytes = [];
        if (depth > MaxDataDepth)
        {
            return false;
        }
        switch (data.ValueKind)
        {
            case JsonValueKind.String:
                return TryDecodeHex(data.GetString()!, out bytes);
            case JsonValueKind.Object:
                foreach (var name in (ReadOnlySpan<string>)["data", "result", "return", "originalError", "error"])
                {
                    if (data.TryGetProperty(name, out var inner) && TryExtractRevertData(inner, depth + 1, out bytes))
                    {
                        return true;
                    }
                }
                foreach (var property in data.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("return", out var ganache)
                        && TryExtractRevertData(ganache, depth + 1, out bytes))
                    {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    private static bool TryDecodeHex(string text, out byte[] bytes)
    {
        bytes = [];
        var span = text.AsSpan().Trim();
        if (span.StartsWith("Reverted ", StringComparison.OrdinalIgnoreCase))
        {
            span = span["Reverted ".Length..].Trim();
        }
        if (!span.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        try
        {
            bytes = Hex.Decode(span);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool ContainsAny(string message, string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            if (message.Contains(fragment, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
