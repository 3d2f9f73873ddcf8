using System.Buffers;
using System.Text.Json;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// Writes JSON-RPC 2.0 request objects (JSON-RPC 2.0, section 4): a numeric id, the method and
/// positional params, each param serialized with the RPC converters.
/// </summary>
internal static class JsonRpcRequestWriter
{
    public static void Write(Utf8JsonWriter writer, long id, string method, IReadOnlyList<object?> parameters)
    {
        writer.WriteStartObject();
        writer.WriteString("jsonrpc"u8, "2.0");
        writer.WriteNumber("id"u8, id);
        writer.WriteString("method"u8, method);
        writer.WriteStartArray("params"u8);
        foreach (var parameter in parameters)
        {
            if (parameter is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, parameter, RpcJson.Options.GetTypeInfo(parameter.GetType()));
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>One request as UTF-8 bytes.</summary>
    public static ReadOnlyMemory<byte> Single(long id, string method, IReadOnlyList<object?> parameters)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, id, method, parameters);
        }
        return buffer.WrittenMemory;
    }
}
