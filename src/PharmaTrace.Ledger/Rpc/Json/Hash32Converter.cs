using System.Text.Json;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>Block hashes, transaction hashes and log topics: 32 bytes of hex data.</summary>
internal sealed class Hash32Converter : JsonConverter<Hash32>
{
    public override Hash32 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a 32-byte hash, found {reader.TokenType}.");
        }
        // A log has four or five hashes and a catch-up reads a million logs: they are parsed from the token's
        // characters on the stack, never made strings. A token longer than a hash with every character escaped
        // (\uXXXX, six bytes each) is no hash.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > 6 * 66)
        {
            throw new JsonException($"'{HexBytesConverter.Truncate(reader.GetString())}' is not a 32-byte hash.");
        }
        Span<char> text = stackalloc char[(int)length];
        text = text[..reader.CopyString(text)];
        return Hash32.TryParse(text, out var hash) ? hash : throw new JsonException($"'{text}' is not a 32-byte hash.");
    }

    public override void Write(Utf8JsonWriter writer, Hash32 value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
