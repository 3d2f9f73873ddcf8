using System.Text.Json;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// One JSON-RPC 2.0 response object (JSON-RPC 2.0, section 5): an id and either a result or an error.
/// <see cref="Result"/> keeps the raw JSON so a batch can hold results of different types; a JSON
/// <c>null</c> result has <see cref="JsonValueKind.Null"/>, an absent one <see cref="JsonValueKind.Undefined"/>.
/// </summary>
internal sealed class JsonRpcResponse
{
    public JsonElement Id { get; init; }

    public JsonElement Result { get; init; }

    public JsonRpcError? Error { get; init; }

    /// <summary>The numeric id this client sent, or null for an id it cannot have sent (null, text).</summary>
    public long? NumericId => NumericIdOf(Id);

    /// <summary>The numeric id in <paramref name="id"/>, or null for an id this client cannot have sent (null, text).</summary>
    internal static long? NumericIdOf(JsonElement id) => id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value) ? value : null;
}
