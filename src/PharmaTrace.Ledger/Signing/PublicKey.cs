using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using Org.BouncyCastle.Math.EC;

namespace PharmaTrace.Ledger.Signing;

/// <summary>
/// A secp256k1 public key, validated to be a point of the curve. Ethereum writes it uncompressed
/// without the SEC 1 prefix: 64 bytes x || y.
/// </summary>
public sealed class PublicKey : IEquatable<PublicKey>
{
    /// <summary>Size of the uncompressed x || y form.</summary>
    public const int Size = 64;

    private readonly byte[] _bytes;

    internal PublicKey(ECPoint point)
    {
        Point = point;
        _bytes = new byte[Size];
        Secp256k1.WritePoint(point, _bytes);
        Address = ToAddress(_bytes);
    }

    /// <summary>The account address: the last 20 bytes of keccak256(x || y).</summary>
    public Address Address { get; }

    internal ECPoint Point { get; }

    /// <summary>
    /// Reads a key in any SEC 1 form: 64 bytes x || y, 65 bytes 0x04 || x || y, or 33 bytes compressed.
    /// </summary>
    /// <exception cref="ArgumentException">The bytes are not a point of secp256k1.</exception>
    public static PublicKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        byte[] encoded;
        if (bytes.Length == Size)
        {
            encoded = new byte[Size + 1];
            encoded[0] = 0x04;
            bytes.CopyTo(encoded.AsSpan(1));
        }
        else
        {
            encoded = bytes.ToArray();
        }
        // DecodePoint checks the point is on the curve, so an invalid-curve key cannot get in;
        // it does accept the one-byte encoding of infinity, which is no one's key.
        var point = Secp256k1.Curve.DecodePoint(encoded).Normalize();
        return point.IsInfinity
            ? throw new ArgumentException("The point at infinity is not a public key.", nameof(bytes))
            : new PublicKey(point);
    }

    /// <summary>
    /// Recovers the signer's key from a 32-byte hash and a signature (SEC 1 v2 section 4.1.6);
    /// the heart of Ethereum's <c>ecrecover</c> and of transaction sender recovery.
    /// </summary>
    /// <exception cref="ArgumentException">No public key matches the signature.</exception>
    public static PublicKey Recover(ReadOnlySpan<byte> hash, Signature signature)
    {
        var point = Secp256k1.Recover(hash, signature.RScalar, signature.SScalar, signature.YParity)
            ?? throw new ArgumentException("No public key matches this signature and hash.", nameof(signature));
        return new PublicKey(point);
    }

    /// <summary>Whether <paramref name="signature"/> is a valid ECDSA signature by this key over <paramref name="hash"/>.</summary>
    /// <remarks>The yParity is not needed to verify and is not checked; high-S signatures verify too.</remarks>
    public bool Verify(ReadOnlySpan<byte> hash, Signature signature) =>
        signature != default && Secp256k1.Verify(hash, signature.RScalar, signature.SScalar, Point);

    /// <summary>
    /// The address of an uncompressed key: the last 20 bytes of keccak256(x || y) (Yellow Paper,
    /// appendix F, the definition of A(p_r)).
    /// </summary>
    internal static Address ToAddress(ReadOnlySpan<byte> xy)
    {
        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Keccak256.Hash(xy, hash);
        return new Address(hash[(Keccak256.Size - Address.Size)..]);
    }

    /// <summary>Returns x || y (64 bytes).</summary>
    public byte[] ToBytes() => (byte[])_bytes.Clone();

    /// <inheritdoc/>
    public bool Equals(PublicKey? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PublicKey);

    /// <inheritdoc/>
    public override int GetHashCode() => Address.GetHashCode();

    /// <summary>The 64 bytes as hex.</summary>
    public override string ToString() => Hex.Encode(_bytes);
}
