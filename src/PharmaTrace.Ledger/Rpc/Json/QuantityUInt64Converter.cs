using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// Every <see cref="ulong"/> on the RPC edge is a quantity (block numbers, gas, nonces, timestamps):
/// hex text, read without allocating. A plain JSON number is also read, as some nodes send one.
/// </summary>
internal sealed class QuantityUInt64Converter : JsonConverter<ulong>
{
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a hex quantity, found {reader.TokenType}.");
        }
        var text = reader.HasValueSequence || reader.ValueIsEscaped
            ? Encoding.UTF8.GetBytes(reader.GetString()!)
            : reader.ValueSpan;
        return HexQuantity.TryParseUInt64(text, out var value)
            ? value
            : throw new JsonException($"'{Encoding.UTF8.GetString(text)}' is not a 64-bit hex quantity.");
    }

    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options) =>
        writer.WriteStringValue(HexQuantity.Format(value));
}
