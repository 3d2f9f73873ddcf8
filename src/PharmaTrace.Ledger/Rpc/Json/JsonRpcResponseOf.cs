using System.Text.Json;
using System.Text.Json.Serialization;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// One JSON-RPC 2.0 response whose result is read as <typeparamref name="T"/> in the same pass as the envelope: a
/// single call's answer (an <c>eth_getLogs</c> of 10,000 logs is megabytes) is tokenised once, not kept as a
/// <see cref="JsonElement"/> copy and read again. <see cref="HasResult"/> tells an absent result from a JSON <c>null</c>.
/// </summary>
internal sealed class JsonRpcResponse<T>
{
    private readonly T? _result;

    public JsonElement Id { get; init; }

    public T? Result
    {
        get => _result;
        init
        {
            _result = value;
            HasResult = true;
        }
    }

    /// <summary>Whether the answer had a <c>result</c> member (the serializer sets only the members present).</summary>
    [JsonIgnore]
    public bool HasResult { get; private set; }

    public JsonRpcError? Error { get; init; }

    /// <summary>The numeric id this client sent, or null for an id it cannot have sent (null, text).</summary>
    public long? NumericId => JsonRpcResponse.NumericIdOf(Id);
}
