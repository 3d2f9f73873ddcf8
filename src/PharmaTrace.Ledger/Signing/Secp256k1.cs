using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;
using Org.BouncyCastle.Math.EC.Multiplier;
using Org.BouncyCastle.Utilities;

namespace PharmaTrace.Ledger.Signing;

/// <summary>
/// The secp256k1 curve and the ECDSA arithmetic Ethereum needs: signing with a recovery id, and
/// public-key recovery. The only place in the code base that touches the curve.
/// </summary>
internal static class Secp256k1
{
    /// <summary>Size in bytes of a scalar, a field element and a message hash.</summary>
    internal const int ScalarSize = 32;

    // CustomNamedCurves, not SecNamedCurves: same SEC 2 domain parameters, but BouncyCastle's
    // specialised field arithmetic and GLV endomorphism make signing about 4.5 times faster.
    private static readonly X9ECParameters Parameters = CustomNamedCurves.GetByName("secp256k1");

    internal static readonly ECCurve Curve = Parameters.Curve;
    internal static readonly ECPoint G = Parameters.G;
    internal static readonly BigInteger N = Parameters.N;

    /// <summary>n/2: EIP-2 makes signatures with s above it invalid.</summary>
    internal static readonly BigInteger HalfN = N.ShiftRight(1);

    // Stateless; its precomputed comb table is cached on G itself, so it is built once per process.
    private static readonly FixedPointCombMultiplier BaseMultiplier = new();

    /// <summary>Whether <paramref name="value"/> is a valid private scalar or signature component: 0 &lt; value &lt; n.</summary>
    internal static bool IsInRange(BigInteger value) => value.SignValue > 0 && value.CompareTo(N) < 0;

    /// <summary>Q = d·G, normalised to affine coordinates.</summary>
    internal static ECPoint MultiplyBase(BigInteger scalar) => BaseMultiplier.Multiply(G, scalar).Normalize();

    /// <summary>Writes a point as Ethereum's 64-byte public key: x || y, without the SEC 1 0x04 prefix.</summary>
    internal static void WritePoint(ECPoint point, Span<byte> destination)
    {
        BigIntegers.AsUnsignedByteArray(point.AffineXCoord.ToBigInteger(), destination[..ScalarSize]);
        BigIntegers.AsUnsignedByteArray(point.AffineYCoord.ToBigInteger(), destination.Slice(ScalarSize, ScalarSize));
    }

    /// <summary>
    /// ECDSA signature over a 32-byte hash with an RFC 6979 deterministic nonce (HMAC-SHA256),
    /// normalised to low S as EIP-2 requires.
    /// </summary>
    /// <remarks>
    /// This is the loop of BouncyCastle's <c>ECDsaSigner.GenerateSignature</c> (X9.62 5.3), written out
    /// because that class discards the point R = k·G, whose y parity is the recovery id. Recomputing
    /// the id afterwards by trial recovery would cost two more scalar multiplications per signature.
    /// </remarks>
    internal static Signature Sign(BigInteger d, ReadOnlySpan<byte> hash)
    {
        if (hash.Length != ScalarSize)
        {
            throw new ArgumentException("The message hash must be 32 bytes.", nameof(hash));
        }
        var message = hash.ToArray();
        // n is 256 bits and so is the hash: X9.62's leftmost-bits truncation is the identity.
        var e = new BigInteger(1, message);
        var kCalculator = new HMacDsaKCalculator(new Sha256Digest());
        kCalculator.Init(N, d, message);
        while (true)
        {
            var k = kCalculator.NextK();
            var point = MultiplyBase(k);
            var x = point.AffineXCoord.ToBigInteger();
            var r = x.Mod(N);
            if (r.SignValue == 0)
            {
                continue;
            }
            var s = BigIntegers.ModOddInverse(N, k).Multiply(e.Add(d.Multiply(r))).Mod(N);
            if (s.SignValue == 0)
            {
                continue;
            }
            if (x.CompareTo(N) >= 0)
            {
                // SEC 1 4.1.6 would need recovery id 2 or 3 (x = r + n), which Ethereum's yParity cannot
                // carry. The chance is about 2^-127; refuse rather than emit an unrecoverable signature.
                throw new System.Security.Cryptography.CryptographicException("The signature's R point has x >= n and cannot be encoded for Ethereum.");
            }
            var yParity = point.AffineYCoord.TestBitZero() ? (byte)1 : (byte)0;
            if (s.CompareTo(HalfN) > 0)
            {
                // EIP-2: (r, n - s) is the same signature for the point -R, so the parity flips.
                s = N.Subtract(s);
                yParity ^= 1;
            }
            return Signature.FromScalars(r, s, yParity);
        }
    }

    /// <summary>
    /// Recovers the public key from a signature, SEC 1 v2 section 4.1.6, or null if no key fits.
    /// </summary>
    internal static ECPoint? Recover(ReadOnlySpan<byte> hash, BigInteger r, BigInteger s, byte yParity)
    {
        if (hash.Length != ScalarSize)
        {
            throw new ArgumentException("The message hash must be 32 bytes.", nameof(hash));
        }
        if (!IsInRange(r) || !IsInRange(s) || yParity > 1)
        {
            return null;
        }
        // Step 1.1 with j = 0: x = r. Step 1.2-1.3: decompress R from x and the parity of y.
        Span<byte> compressed = stackalloc byte[1 + ScalarSize];
        compressed[0] = (byte)(0x02 | yParity);
        BigIntegers.AsUnsignedByteArray(r, compressed[1..]);
        ECPoint rPoint;
        try
        {
            rPoint = Curve.DecodePoint(compressed.ToArray());
        }
        catch (ArgumentException)
        {
            // r is not the x coordinate of any curve point.
            return null;
        }
        // Step 1.4 (n·R = O) holds for every curve point: secp256k1's cofactor is 1.
        // Steps 1.5-1.6: Q = r^-1 (s·R - e·G) = (-e·r^-1)·G + (s·r^-1)·R.
        var e = new BigInteger(1, hash);
        var rInverse = BigIntegers.ModOddInverseVar(N, r);
        var u1 = N.Subtract(e).Multiply(rInverse).Mod(N);
        var u2 = s.Multiply(rInverse).Mod(N);
        var q = ECAlgorithms.SumOfTwoMultiplies(G, u1, rPoint, u2).Normalize();
        return q.IsInfinity ? null : q;
    }

    /// <summary>Verifies an ECDSA signature (X9.62 5.4) against a public key.</summary>
    internal static bool Verify(ReadOnlySpan<byte> hash, BigInteger r, BigInteger s, ECPoint publicKey)
    {
        if (hash.Length != ScalarSize || !IsInRange(r) || !IsInRange(s))
        {
            return false;
        }
        var e = new BigInteger(1, hash);
        var sInverse = BigIntegers.ModOddInverseVar(N, s);
        var u1 = e.Multiply(sInverse).Mod(N);
        var u2 = r.Multiply(sInverse).Mod(N);
        var point = ECAlgorithms.SumOfTwoMultiplies(G, u1, publicKey, u2).Normalize();
        return !point.IsInfinity && point.AffineXCoord.ToBigInteger().Mod(N).Equals(r);
    }
}
