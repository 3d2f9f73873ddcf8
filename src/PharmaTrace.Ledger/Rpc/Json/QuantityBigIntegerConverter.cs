using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>Wei amounts and fees: hex quantities up to 256 bits, never negative.</summary>
internal sealed class QuantityBigIntegerConverter : JsonConverter<BigInteger>
{
    public override BigInteger Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
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
        return HexQuantity.TryParseBigInteger(text, out var value)
            ? value
            : throw new JsonException($"'{Encoding.UTF8.GetString(text)}' is not a 256-bit hex quantity.");
    }

    public override void Write(Utf8JsonWriter writer, BigInteger value, JsonSerializerOptions options) =>
        writer.WriteStringValue(HexQuantity.Format(value));
}
