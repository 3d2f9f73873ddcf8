using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// Unformatted data (execution-apis, "Unformatted data"): <c>0x</c> and an even number of hex
/// digits, two per byte; <c>0x</c> alone is empty. Replaces System.Text.Json's base64 default.
/// </summary>
internal sealed class HexBytesConverter : JsonConverter<ReadOnlyMemory<byte>>
{
    public override ReadOnlyMemory<byte> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected hex data, found {reader.TokenType}.");
        }
        // Decoded from the token's characters (on the stack, or a pooled buffer for long data), never made a string:
        // a catch-up reads a million logs' data.
        var length = checked((int)(reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length));
        char[]? rented = null;
        var buffer = length <= 1_024 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            ReadOnlySpan<char> text = buffer[..reader.CopyString(buffer)];
            if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                throw new JsonException($"Hex data must start with 0x: '{Truncate(text)}'.");
            }
            try
            {
                return Hex.Decode(text);
            }
            catch (FormatException e)
            {
                throw new JsonException($"'{Truncate(text)}' is not hex data: {e.Message}", e);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    public override void Write(Utf8JsonWriter writer, ReadOnlyMemory<byte> value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Hex.Encode(value.Span));

    /// <summary>At most 80 characters of a value for an error message.</summary>
    internal static string Truncate(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..80], "...");
}
