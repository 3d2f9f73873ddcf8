using System.Buffers.Binary;
using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Writes the elementary encodings of the Contract ABI Specification: integers right-aligned and
/// sign-extended in a 32-byte word, <c>bytes&lt;M&gt;</c> left-aligned, <c>bytes</c>/<c>string</c> as
/// a length word then the data padded with zeros to a whole word. Each method writes every byte it
/// covers, padding included, so the output needs no prior zeroing.
/// </summary>
internal static class AbiWordWriter
{
    private const int Word = AbiType.WordSize;

    public static void WriteLength(int value, Span<byte> destination)
    {
        var word = destination[..Word];
        word[..24].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(word[24..], (ulong)value);
    }

    public static void WriteInteger(AbiType type, object? value, Span<byte> destination)
    {
        var word = destination[..Word];
        switch (value)
        {
            // Fast paths without BigInteger for the built-in integer types.
            case ulong u:
                WriteUnsigned(type, u, word);
                return;
            case uint u:
                WriteUnsigned(type, u, word);
                return;
            case long l:
                WriteSigned(type, l, word);
                return;
            case int i:
                WriteSigned(type, i, word);
                return;
        }
        var big = AbiValues.ToBigInteger(type, value);
        // GetBitLength counts bits without the sign bit, so intM holds up to M - 1 of them.
        var fits = type.Kind == AbiTypeKind.UnsignedInteger
            ? big.Sign >= 0 && big.GetBitLength() <= type.Bits
            : big.GetBitLength() <= type.Bits - 1;
        if (!fits)
        {
            throw OutOfRange(type, big);
        }
        var isUnsigned = big.Sign >= 0;
        var count = big.GetByteCount(isUnsigned);
        word[..(Word - count)].Fill(isUnsigned ? (byte)0 : (byte)0xFF);
        big.TryWriteBytes(word[(Word - count)..], out _, isUnsigned, isBigEndian: true);
    }

    public static void WriteAddress(AbiType type, object? value, Span<byte> destination)
    {
        if (value is not Address address)
        {
            throw AbiValues.Mismatch(type, value, "an Address");
        }
        destination[..12].Clear();
        address.CopyTo(destination[12..Word]);
    }

    public static void WriteBool(AbiType type, object? value, Span<byte> destination)
    {
        if (value is not bool flag)
        {
            throw AbiValues.Mismatch(type, value, "a bool");
        }
        destination[..(Word - 1)].Clear();
        destination[Word - 1] = flag ? (byte)1 : (byte)0;
    }

    public static void WriteFixedBytes(AbiType type, object? value, Span<byte> destination)
    {
        Span<byte> scratch = stackalloc byte[Hash32.Size];
        var bytes = AbiValues.ToBytes(type, value, scratch);
        if (bytes.Length != type.Length)
        {
            throw new AbiException($"A {type} value must be exactly {type.Length} bytes, not {bytes.Length}.");
        }
        bytes.CopyTo(destination);
        destination[bytes.Length..Word].Clear();
    }

    public static int WriteBytes(AbiType type, object? value, Span<byte> destination)
    {
        Span<byte> scratch = stackalloc byte[Hash32.Size];
        var bytes = AbiValues.ToBytes(type, value, scratch);
        WriteLength(bytes.Length, destination);
        bytes.CopyTo(destination[Word..]);
        return Word + Pad(destination[Word..], bytes.Length);
    }

    public static int WriteString(AbiType type, object? value, Span<byte> destination)
    {
        var text = AbiValues.ToText(type, value);
        int length;
        try
        {
            length = AbiValues.StrictUtf8.GetBytes(text, destination[Word..]);
        }
        catch (System.Text.EncoderFallbackException e)
        {
            throw new AbiException($"A {type} value is not valid UTF-16 (it has a lone surrogate).", e);
        }
        WriteLength(length, destination);
        return Word + Pad(destination[Word..], length);
    }

    /// <summary>Zeroes the padding after <paramref name="length"/> data bytes; returns the padded length.</summary>
    private static int Pad(Span<byte> data, int length)
    {
        var padded = AbiEncoder.PaddedLength(length);
        data[length..padded].Clear();
        return padded;
    }

    private static void WriteUnsigned(AbiType type, ulong value, Span<byte> word)
    {
        var limitBits = type.Kind == AbiTypeKind.UnsignedInteger ? type.Bits : type.Bits - 1;
        if (limitBits < 64 && value >> limitBits != 0)
        {
            throw OutOfRange(type, value);
        }
        word[..24].Clear();
        BinaryPrimitives.WriteUInt64BigEndian(word[24..], value);
    }

    private static void WriteSigned(AbiType type, long value, Span<byte> word)
    {
        if (value >= 0)
        {
            WriteUnsigned(type, (ulong)value, word);
            return;
        }
        // A negative value fits intM when value >= -2^(M-1); it never fits uintM.
        if (type.Kind == AbiTypeKind.UnsignedInteger || (type.Bits < 64 && value < -(1L << (type.Bits - 1))))
        {
            throw OutOfRange(type, value);
        }
        word[..24].Fill(0xFF);
        BinaryPrimitives.WriteInt64BigEndian(word[24..], value);
    }

    private static AbiException OutOfRange(AbiType type, BigInteger value) =>
        new($"The value {value} is out of range for {type}.");
}
