using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// The serializer options of the RPC edge: the source-generated <see cref="RpcJsonContext"/> first,
/// then reflection for types a caller of the generic <c>SendAsync</c> brings, with the same converters.
/// </summary>
internal static class RpcJson
{
    public static readonly JsonSerializerOptions Options = new(RpcJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(RpcJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };

    /// <summary>The metadata of <typeparamref name="T"/>; the options cache it after the first call.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
