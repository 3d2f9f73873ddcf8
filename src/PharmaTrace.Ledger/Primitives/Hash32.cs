using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Primitives;

/// <summary>
/// A 32-byte value: a Keccak-256 digest, a block or transaction hash, or a log topic.
/// Formats as <c>0x</c> and 64 lower-case hex digits.
/// </summary>
public readonly struct Hash32 : IEquatable<Hash32>
{
    /// <summary>The size in bytes.</summary>
    public const int Size = 32;

    private readonly ulong _word0;
    private readonly ulong _word1;
    private readonly ulong _word2;
    private readonly ulong _word3;

    /// <summary>Creates a hash from exactly 32 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 32 bytes long.</exception>
    public Hash32(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"A 32-byte hash cannot be made of {bytes.Length} bytes.", nameof(bytes));
        }
        _word0 = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _word1 = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _word2 = BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]);
        _word3 = BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]);
    }

    /// <summary>All zero bytes.</summary>
    public static Hash32 Zero => default;

    /// <summary>The Keccak-256 digest of <paramref name="data"/>.</summary>
    public static Hash32 Keccak(ReadOnlySpan<byte> data)
    {
        Span<byte> digest = stackalloc byte[Size];
        Keccak256.Hash(data, digest);
        return new Hash32(digest);
    }

    /// <summary>Writes the 32 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        }
        BinaryPrimitives.WriteUInt64BigEndian(destination, _word0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _word1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _word2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _word3);
    }

    /// <summary>Returns a new array with the 32 bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary><c>0x</c> and 64 lower-case hex digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        return Hex.Encode(bytes);
    }

    /// <summary>Parses <c>0x</c> followed by 64 hex digits, in either case.</summary>
    /// <exception cref="FormatException">The text is not a 32-byte hex value.</exception>
    public static Hash32 Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var hash)
            ? hash
            : throw new FormatException($"A 32-byte hash is 0x followed by 64 hex digits: '{text}'.");
    }

    /// <summary>Parses like <see cref="Parse"/> but returns <see langword="false"/> instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Hash32 hash)
    {
        hash = default;
        return text is not null && TryParse(text.AsSpan(), out hash);
    }

    /// <summary>Parses like <see cref="Parse"/> from characters, without a string.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Hash32 hash)
    {
        hash = default;
        if (text.Length != 2 + (2 * Size) || !text.StartsWith("0x", StringComparison.Ordinal))
        {
            return false;
        }
        Span<byte> bytes = stackalloc byte[Size];
        if (Convert.FromHexString(text[2..], bytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != Size)
        {
            return false;
        }
        hash = new Hash32(bytes);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(Hash32 other) =>
        _word0 == other._word0 && _word1 == other._word1 && _word2 == other._word2 && _word3 == other._word3;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Hash32 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_word0, _word1, _word2, _word3);

    /// <summary>Compares two hashes byte for byte.</summary>
    public static bool operator ==(Hash32 left, Hash32 right) => left.Equals(right);

    /// <summary>Compares two hashes byte for byte.</summary>
    public static bool operator !=(Hash32 left, Hash32 right) => !left.Equals(right);
}
