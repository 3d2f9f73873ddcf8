namespace PharmaTrace.Ledger.Codecs;

/// <summary>
/// Hexadecimal text as used on Ethereum's JSON-RPC edge: lower case, <c>0x</c> prefixed.
/// Decoding accepts either case and an optional prefix; it refuses odd lengths and stray characters.
/// </summary>
public static class Hex
{
    /// <summary>Encodes bytes as <c>0x</c>-prefixed lower-case hex.</summary>
    public static string Encode(ReadOnlySpan<byte> bytes, bool prefix = true)
    {
        var hex = Convert.ToHexStringLower(bytes);
        return prefix ? "0x" + hex : hex;
    }

    /// <summary>Decodes hex text, with or without the <c>0x</c> prefix.</summary>
    /// <exception cref="FormatException">The text is not an even number of hex digits.</exception>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            text = text[2..];
        }
        if (text.Length % 2 != 0)
        {
            throw new FormatException("Hex text must have an even number of digits.");
        }
        var bytes = new byte[text.Length / 2];
        var status = Convert.FromHexString(text, bytes, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done || written != bytes.Length)
        {
            throw new FormatException("Hex text has a character that is not a hex digit.");
        }
        return bytes;
    }
}
