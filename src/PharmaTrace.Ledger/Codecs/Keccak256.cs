using Org.BouncyCastle.Crypto.Digests;

namespace PharmaTrace.Ledger.Codecs;

/// <summary>
/// Keccak-256 as Ethereum uses it: the original Keccak padding (0x01), not FIPS 202 SHA3-256 (0x06).
/// </summary>
public static class Keccak256
{
    /// <summary>The digest size in bytes.</summary>
    public const int Size = 32;

    /// <summary>Hashes <paramref name="data"/> into <paramref name="destination"/> (32 bytes).</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        }
        var digest = new KeccakDigest(256);
        digest.BlockUpdate(data);
        digest.DoFinal(destination);
    }

    /// <summary>Returns the Keccak-256 of <paramref name="data"/>.</summary>
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var output = new byte[Size];
        Hash(data, output);
        return output;
    }
}
