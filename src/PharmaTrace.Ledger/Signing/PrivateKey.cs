using System.Runtime.InteropServices;
using System.Security.Cryptography;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using Org.BouncyCastle.Crypto.Prng;
using Org.BouncyCastle.Security;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace PharmaTrace.Ledger.Signing;

/// <summary>
/// A secp256k1 private key: signs 32-byte hashes with RFC 6979 deterministic nonces and low S
/// (EIP-2). Dispose it when done: the secret bytes are wiped.
/// </summary>
/// <remarks>
/// The secret is never printed: <see cref="ToString"/> shows the address. It lives in a pinned array
/// so the garbage collector cannot leave moved copies behind. BouncyCastle's BigInteger is immutable
/// and cannot be wiped; the key drops its reference on Dispose, which is the best that type allows.
/// <see cref="PublicKey"/> and <see cref="Address"/> stay readable after Dispose; they are public.
/// Thread-safe: signing keeps no state in the key.
/// </remarks>
public sealed class PrivateKey : IDisposable
{
    /// <summary>Size of a private key in bytes.</summary>
    public const int Size = Secp256k1.ScalarSize;

    // The OS CSPRNG directly; thread-safe, no user-space generator state to seed or to leak.
    private static readonly SecureRandom SystemRandom = new(new CryptoApiRandomGenerator());

    private readonly byte[] _secret;
    private BcBigInteger? _d;

    private PrivateKey(byte[] pinnedSecret, BcBigInteger d)
    {
        _secret = pinnedSecret;
        _d = d;
        PublicKey = new PublicKey(Secp256k1.MultiplyBase(d));
    }

    /// <summary>The public key, d·G.</summary>
    public PublicKey PublicKey { get; }

    /// <summary>The account address of this key.</summary>
    public Address Address => PublicKey.Address;

    /// <summary>Generates a key from the operating system's CSPRNG.</summary>
    public static PrivateKey Generate() => Generate(SystemRandom);

    /// <summary>Generates a key from <paramref name="random"/>, drawing until 0 &lt; d &lt; n.</summary>
    public static PrivateKey Generate(SecureRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var secret = GC.AllocateArray<byte>(Size, pinned: true);
        while (true)
        {
            random.NextBytes(secret);
            var d = new BcBigInteger(1, secret);
            // Rejection sampling keeps d uniform; a retry happens with probability about 2^-128.
            if (Secp256k1.IsInRange(d))
            {
                return new PrivateKey(secret, d);
            }
        }
    }

    /// <summary>Imports a key from its 32 big-endian bytes.</summary>
    /// <exception cref="ArgumentException">Not 32 bytes, or not in the range 0 &lt; d &lt; n.</exception>
    public static PrivateKey FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException("A private key is exactly 32 bytes.", nameof(bytes));
        }
        var secret = GC.AllocateArray<byte>(Size, pinned: true);
        bytes.CopyTo(secret);
        var d = new BcBigInteger(1, secret);
        if (!Secp256k1.IsInRange(d))
        {
            CryptographicOperations.ZeroMemory(secret);
            // The message names the rule, never the value.
            throw new ArgumentException("A private key must be in the range 0 < d < n of secp256k1.", nameof(bytes));
        }
        return new PrivateKey(secret, d);
    }

    /// <summary>Imports a key from 64 hex digits, with or without <c>0x</c>.</summary>
    /// <exception cref="FormatException">The text is not hex.</exception>
    /// <exception cref="ArgumentException">Not 32 bytes, or not in the range 0 &lt; d &lt; n.</exception>
    public static PrivateKey FromHex(ReadOnlySpan<char> hex)
    {
        var bytes = Hex.Decode(hex);
        try
        {
            return FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Signs a 32-byte hash: RFC 6979 nonce, low S (EIP-2), recovery id in <see cref="Signature.YParity"/>.</summary>
    /// <exception cref="ObjectDisposedException">The key was disposed.</exception>
    public Signature Sign(ReadOnlySpan<byte> hash)
    {
        var d = _d;
        ObjectDisposedException.ThrowIf(d is null, this);
        return Secp256k1.Sign(d, hash);
    }

    /// <summary>Copies the 32 secret bytes into <paramref name="destination"/>; the caller must wipe them.</summary>
    public void ExportTo(Span<byte> destination)
    {
        ObjectDisposedException.ThrowIf(_d is null, this);
        if (destination.Length < Size)
        {
            throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        }
        _secret.CopyTo(destination);
    }

    /// <summary>Returns a copy of the 32 secret bytes; the caller owns the copy and must wipe it.</summary>
    public byte[] ExportBytes()
    {
        var copy = new byte[Size];
        ExportTo(copy);
        return copy;
    }

    /// <summary>Wipes the secret bytes. Further signing or export throws <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _d = null;
        CryptographicOperations.ZeroMemory(_secret);
    }

    /// <summary>Shows the address only: the secret must never reach a log.</summary>
    public override string ToString() => $"PrivateKey({Address})";
}
