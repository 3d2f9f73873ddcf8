using System.Text.Json;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>Block hashes, transaction hashes and log topics: 32 bytes of hex data.</summary>
internal sealed class Hash32Converter : JsonConverter<Hash32>
{
    public override Hash32 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"Expected a 32-byte hash, found {reader.TokenType}.");
        return Hash32.TryParse(text, out var hash) ? hash : throw new JsonException($"'{text}' is not a 32-byte hash.");
    }

    public override void Write(Utf8JsonWriter writer, Hash32 value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
