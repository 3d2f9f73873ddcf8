using System.Buffers.Binary;
using System.Numerics;

namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// Unsigned integers as RLP scalars: big-endian with no leading zero bytes, zero as no bytes at all
/// (Yellow Paper, appendix B, "BE(x)": the shortest big-endian representation).
/// </summary>
internal static class MinimalBigEndian
{
    public static int ByteCount(ulong value) => (64 - BitOperations.LeadingZeroCount(value) + 7) / 8;

    public static int ByteCount(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "RLP scalars are unsigned.");
        }
        return value.IsZero ? 0 : value.GetByteCount(isUnsigned: true);
    }

    /// <summary>Writes the minimal bytes of <paramref name="value"/>; the destination is exactly <see cref="ByteCount(ulong)"/> long.</summary>
    public static void Write(ulong value, Span<byte> destination)
    {
        Span<byte> full = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64BigEndian(full, value);
        full[(sizeof(ulong) - destination.Length)..].CopyTo(destination);
    }

    /// <summary>Writes the minimal bytes of <paramref name="value"/>; the destination is exactly <see cref="ByteCount(BigInteger)"/> long.</summary>
    public static void Write(BigInteger value, Span<byte> destination)
    {
        if (!value.IsZero)
        {
            value.TryWriteBytes(destination, out _, isUnsigned: true, isBigEndian: true);
        }
    }

    /// <summary>Reads a canonical scalar: at most 8 bytes and no leading zero.</summary>
    public static ulong ReadUInt64(ReadOnlySpan<byte> bytes)
    {
        CheckCanonical(bytes);
        if (bytes.Length > sizeof(ulong))
        {
            throw new RlpException($"An RLP scalar of {bytes.Length} bytes does not fit in 64 bits.");
        }
        ulong value = 0;
        foreach (var b in bytes)
        {
            value = (value << 8) | b;
        }
        return value;
    }

    /// <summary>Reads a canonical scalar of any length: no leading zero.</summary>
    public static BigInteger ReadBigInteger(ReadOnlySpan<byte> bytes)
    {
        CheckCanonical(bytes);
        return bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    private static void CheckCanonical(ReadOnlySpan<byte> bytes)
    {
        // Zero is the empty string (0x80); 0x00 or 0x0001 would be a second encoding of a number.
        if (!bytes.IsEmpty && bytes[0] == 0)
        {
            throw new RlpException("Non-canonical RLP scalar: it has a leading zero byte.");
        }
    }
}
