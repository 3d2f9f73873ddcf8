using System.Text.Json;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>The error member of a response (JSON-RPC 2.0, section 5.1): code, message, optional data.</summary>
internal sealed class JsonRpcError
{
    public int Code { get; init; }

    public string Message { get; init; } = string.Empty;

    public JsonElement Data { get; init; }
}
