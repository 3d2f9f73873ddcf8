using PharmaTrace.Ledger.Codecs;
using Org.BouncyCastle.Utilities;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace PharmaTrace.Ledger.Signing;

/// <summary>
/// A recoverable secp256k1 ECDSA signature as Ethereum carries it: r, s and the parity of R's y
/// coordinate (EIP-2718 typed transactions call it <c>yParity</c>; legacy ones fold it into v).
/// </summary>
/// <remarks>
/// Validated on construction: 0 &lt; r, s &lt; n and yParity in {0, 1}. A high s is accepted here so
/// that foreign signatures can be inspected; transactions refuse it (EIP-2), see <see cref="IsLowS"/>.
/// The <see langword="default"/> value is not a signature and has empty <see cref="R"/> and <see cref="S"/>.
/// </remarks>
public readonly struct Signature : IEquatable<Signature>
{
    /// <summary>Size of r and of s in bytes.</summary>
    public const int ComponentSize = 32;

    /// <summary>Size of the 65-byte r || s || yParity form.</summary>
    public const int Size = (2 * ComponentSize) + 1;

    // r || s, big-endian, 64 bytes. Private and never handed out, so the struct stays immutable.
    private readonly byte[]? _rs;

    /// <summary>Creates a signature from big-endian r and s (at most 32 bytes each, leading zeros allowed).</summary>
    /// <exception cref="ArgumentException">r or s is not in [1, n-1], or yParity is not 0 or 1.</exception>
    public Signature(ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, byte yParity)
    {
        if (r.Length > ComponentSize || s.Length > ComponentSize)
        {
            throw new ArgumentException("r and s must be at most 32 bytes each.");
        }
        if (yParity > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(yParity), yParity, "yParity must be 0 or 1.");
        }
        var rs = new byte[2 * ComponentSize];
        r.CopyTo(rs.AsSpan(ComponentSize - r.Length));
        s.CopyTo(rs.AsSpan((2 * ComponentSize) - s.Length));
        if (!Secp256k1.IsInRange(new BcBigInteger(1, rs, 0, ComponentSize))
            || !Secp256k1.IsInRange(new BcBigInteger(1, rs, ComponentSize, ComponentSize)))
        {
            throw new ArgumentException("r and s must be in the range [1, n-1] of secp256k1.");
        }
        _rs = rs;
        YParity = yParity;
    }

    private Signature(byte[] rs, byte yParity)
    {
        _rs = rs;
        YParity = yParity;
    }

    /// <summary>r, 32 bytes big-endian.</summary>
    public ReadOnlySpan<byte> R => _rs is null ? default : _rs.AsSpan(0, ComponentSize);

    /// <summary>s, 32 bytes big-endian.</summary>
    public ReadOnlySpan<byte> S => _rs is null ? default : _rs.AsSpan(ComponentSize, ComponentSize);

    /// <summary>The parity of the y coordinate of R: the recovery id, 0 or 1.</summary>
    public byte YParity { get; }

    /// <summary>Whether s &lt;= n/2, the only form EIP-2 accepts in transactions.</summary>
    public bool IsLowS => _rs is not null && SScalar.CompareTo(Secp256k1.HalfN) <= 0;

    internal BcBigInteger RScalar => new(1, RequireValue(), 0, ComponentSize);

    internal BcBigInteger SScalar => new(1, RequireValue(), ComponentSize, ComponentSize);

    /// <summary>Parses the 65-byte r || s || v form; v may be 0/1 or the Bitcoin-style 27/28 of eth_sign.</summary>
    public static Signature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException("A recoverable signature is 65 bytes: r || s || v.", nameof(bytes));
        }
        var v = bytes[Size - 1];
        var yParity = v >= 27 ? (byte)(v - 27) : v;
        return new Signature(bytes[..ComponentSize], bytes.Slice(ComponentSize, ComponentSize), yParity);
    }

    /// <summary>Returns r || s || yParity (65 bytes).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        RequireValue().CopyTo(bytes, 0);
        bytes[Size - 1] = YParity;
        return bytes;
    }

    internal static Signature FromScalars(BcBigInteger r, BcBigInteger s, byte yParity)
    {
        var rs = new byte[2 * ComponentSize];
        BigIntegers.AsUnsignedByteArray(r, rs.AsSpan(0, ComponentSize));
        BigIntegers.AsUnsignedByteArray(s, rs.AsSpan(ComponentSize, ComponentSize));
        return new Signature(rs, yParity);
    }

    private byte[] RequireValue() =>
        _rs ?? throw new InvalidOperationException("The default Signature value is not a signature.");

    /// <inheritdoc/>
    public bool Equals(Signature other) =>
        YParity == other.YParity && R.SequenceEqual(other.R) && S.SequenceEqual(other.S);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Signature other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(R);
        hash.AddBytes(S);
        hash.Add(YParity);
        return hash.ToHashCode();
    }

    /// <summary>The 65-byte form as hex; signatures are public data.</summary>
    public override string ToString() => _rs is null ? "Signature(default)" : Hex.Encode(ToBytes());

    /// <summary>Value equality.</summary>
    public static bool operator ==(Signature left, Signature right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(Signature left, Signature right) => !left.Equals(right);
}
