using System.Buffers.Text;
using System.Globalization;
using System.Numerics;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// Ethereum JSON-RPC quantities (execution-apis, "Quantities"): <c>0x</c> and hex digits, zero as
/// <c>0x0</c>, written without leading zeros. Reading tolerates leading zeros, which some nodes emit.
/// </summary>
internal static class HexQuantity
{
    /// <summary>A 256-bit word has at most 64 hex digits.</summary>
    private const int MaxUInt256Digits = 64;

    public static bool TryParseUInt64(ReadOnlySpan<byte> utf8, out ulong value)
    {
        value = 0;
        if (!HasPrefix(utf8))
        {
            return false;
        }
        var digits = TrimLeadingZeros(utf8[2..], out var hadDigits);
        if (!hadDigits)
        {
            return false;
        }
        if (digits.IsEmpty)
        {
            return true;
        }
        return digits.Length <= 16 && Utf8Parser.TryParse(digits, out value, out var consumed, 'x') && consumed == digits.Length;
    }

    public static bool TryParseBigInteger(ReadOnlySpan<byte> utf8, out BigInteger value)
    {
        value = BigInteger.Zero;
        if (!HasPrefix(utf8))
        {
            return false;
        }
        var digits = TrimLeadingZeros(utf8[2..], out var hadDigits);
        if (!hadDigits || digits.Length > MaxUInt256Digits)
        {
            return false;
        }
        if (digits.IsEmpty)
        {
            return true;
        }
        // A leading 0 keeps the parse unsigned: BigInteger reads "f..." as a negative two's complement.
        Span<char> text = stackalloc char[digits.Length + 1];
        text[0] = '0';
        for (var i = 0; i < digits.Length; i++)
        {
            text[i + 1] = (char)digits[i];
        }
        return BigInteger.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
    }

    public static string Format(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);

    public static string Format(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A JSON-RPC quantity cannot be negative.");
        }
        if (value.IsZero)
        {
            return "0x0";
        }
        return "0x" + value.ToString("x", CultureInfo.InvariantCulture).TrimStart('0');
    }

    private static bool HasPrefix(ReadOnlySpan<byte> utf8) =>
        utf8.Length >= 2 && utf8[0] == (byte)'0' && (utf8[1] == (byte)'x' || utf8[1] == (byte)'X');

    private static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> digits, out bool hadDigits)
    {
        hadDigits = !digits.IsEmpty;
        var start = 0;
        while (start < digits.Length && digits[start] == (byte)'0')
        {
            start++;
        }
        return digits[start..];
    }
}
