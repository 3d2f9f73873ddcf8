using System.Numerics;

namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// Sizes and one-shot encodings for RLP (Yellow Paper, appendix B). To encode a structure without
/// building <see cref="RlpItem"/> objects, add up the <c>Get…Length</c> sizes, allocate once and
/// write with <see cref="RlpWriter"/>.
/// </summary>
public static class RlpEncoder
{
    /// <summary>Payloads shorter than this take a one-byte header; longer ones a length of length.</summary>
    internal const int ShortLimit = 56;

    /// <summary>The header byte of a short string (0x80 + length); 0xb7 + n starts a long one.</summary>
    internal const byte StringOffset = 0x80;

    /// <summary>The header byte of a short list (0xc0 + length); 0xf7 + n starts a long one.</summary>
    internal const byte ListOffset = 0xc0;

    /// <summary>The size of a header for a payload of <paramref name="payloadLength"/> bytes.</summary>
    public static int GetHeaderLength(int payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        return payloadLength < ShortLimit ? 1 : 1 + MinimalBigEndian.ByteCount((ulong)payloadLength);
    }

    /// <summary>The encoded size of the byte string <paramref name="value"/>.</summary>
    public static int GetStringLength(ReadOnlySpan<byte> value) =>
        value.Length == 1 && value[0] < StringOffset ? 1 : GetHeaderLength(value.Length) + value.Length;

    /// <summary>The encoded size of the scalar <paramref name="value"/>.</summary>
    public static int GetUInt64Length(ulong value) =>
        value < StringOffset ? 1 : 1 + MinimalBigEndian.ByteCount(value);

    /// <summary>The encoded size of the non-negative scalar <paramref name="value"/>.</summary>
    public static int GetBigIntegerLength(BigInteger value)
    {
        var count = MinimalBigEndian.ByteCount(value);
        return value < StringOffset ? 1 : GetHeaderLength(count) + count;
    }

    /// <summary>The encoded size of a list whose items take <paramref name="payloadLength"/> bytes.</summary>
    public static int GetListLength(int payloadLength) => GetHeaderLength(payloadLength) + payloadLength;

    /// <summary>The encoded size of <paramref name="item"/>.</summary>
    public static int GetLength(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item is RlpString s ? GetStringLength(s.Value.Span) : GetListLength(GetPayloadLength((RlpList)item));
    }

    /// <summary>The size of the items of <paramref name="list"/>, without the list's own header.</summary>
    public static int GetPayloadLength(RlpList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var total = 0;
        var items = list.Items;
        for (var i = 0; i < items.Count; i++)
        {
            total = checked(total + GetLength(items[i]));
        }
        return total;
    }

    /// <summary>Encodes <paramref name="item"/>.</summary>
    public static byte[] Encode(RlpItem item)
    {
        var output = new byte[GetLength(item)];
        var writer = new RlpWriter(output);
        writer.WriteItem(item);
        return output;
    }

    /// <summary>Encodes the byte string <paramref name="value"/>.</summary>
    public static byte[] EncodeString(ReadOnlySpan<byte> value)
    {
        var output = new byte[GetStringLength(value)];
        var writer = new RlpWriter(output);
        writer.WriteString(value);
        return output;
    }

    /// <summary>Encodes the scalar <paramref name="value"/>.</summary>
    public static byte[] EncodeUInt64(ulong value)
    {
        var output = new byte[GetUInt64Length(value)];
        var writer = new RlpWriter(output);
        writer.WriteUInt64(value);
        return output;
    }

    /// <summary>Encodes the non-negative scalar <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static byte[] EncodeBigInteger(BigInteger value)
    {
        var output = new byte[GetBigIntegerLength(value)];
        var writer = new RlpWriter(output);
        writer.WriteBigInteger(value);
        return output;
    }
}
