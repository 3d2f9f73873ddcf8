using System.Numerics;

namespace PharmaTrace.Ledger.Rlp;

/// <summary>An RLP byte string. As a scalar it is a big-endian unsigned integer without leading zeros.</summary>
public sealed class RlpString : RlpItem
{
    /// <summary>The empty string, which is also the scalar zero.</summary>
    public static readonly RlpString Empty = new(ReadOnlyMemory<byte>.Empty);

    /// <summary>Wraps <paramref name="value"/>; the bytes are not copied.</summary>
    public RlpString(ReadOnlyMemory<byte> value) => Value = value;

    /// <summary>The bytes. Decoded strings are slices of the decoder's input, not copies.</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <inheritdoc/>
    public override bool IsList => false;

    /// <summary>The scalar <paramref name="value"/> as a string of its minimal big-endian bytes.</summary>
    public static RlpString FromUInt64(ulong value)
    {
        var bytes = new byte[MinimalBigEndian.ByteCount(value)];
        MinimalBigEndian.Write(value, bytes);
        return new RlpString(bytes);
    }

    /// <summary>The scalar <paramref name="value"/> as a string of its minimal big-endian bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static RlpString FromBigInteger(BigInteger value)
    {
        var bytes = new byte[MinimalBigEndian.ByteCount(value)];
        MinimalBigEndian.Write(value, bytes);
        return new RlpString(bytes);
    }

    /// <summary>Reads the string as a canonical scalar of at most 64 bits.</summary>
    /// <exception cref="RlpException">The scalar has a leading zero byte or is longer than 8 bytes.</exception>
    public ulong ToUInt64() => MinimalBigEndian.ReadUInt64(Value.Span);

    /// <summary>Reads the string as a canonical scalar of any size.</summary>
    /// <exception cref="RlpException">The scalar has a leading zero byte.</exception>
    public BigInteger ToBigInteger() => MinimalBigEndian.ReadBigInteger(Value.Span);
}
