using System.Text.Json;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// Addresses: read in any case (mixed case must pass EIP-55), written in lower case, which every
/// node accepts.
/// </summary>
internal sealed class AddressConverter : JsonConverter<Address>
{
    public override Address Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException($"Expected an address, found {reader.TokenType}.");
        return Address.TryParse(text, out var address) ? address : throw new JsonException($"'{text}' is not an address.");
    }

    public override void Write(Utf8JsonWriter writer, Address value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToLowerHexString());
}
