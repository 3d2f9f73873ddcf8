using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Primitives;

/// <summary>
/// A 20-byte Ethereum account address. Formats with the EIP-55 mixed-case checksum; parsing accepts
/// all-lower or all-upper hex as unchecksummed and verifies the checksum of mixed-case text.
/// </summary>
/// <remarks>
/// Stored as three integers rather than an array, so an address is a plain value: no allocation,
/// equality without a loop, and <c>default</c> is the zero address.
/// </remarks>
public readonly struct Address : IEquatable<Address>
{
    /// <summary>The size of an address in bytes.</summary>
    public const int Size = 20;

    private readonly ulong _high;
    private readonly ulong _middle;
    private readonly uint _low;

    /// <summary>Creates an address from exactly 20 bytes.</summary>
    /// <exception cref="ArgumentException"><paramref name="bytes"/> is not 20 bytes long.</exception>
    public Address(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"An address is 20 bytes, not {bytes.Length}.", nameof(bytes));
        }
        _high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        _middle = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        _low = BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]);
    }

    /// <summary>The zero address (0x000…000).</summary>
    public static Address Zero => default;

    /// <summary>Writes the 20 bytes into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<byte> destination)
    {
        if (destination.Length < Size)
        {
            throw new ArgumentException("The destination must hold 20 bytes.", nameof(destination));
        }
        BinaryPrimitives.WriteUInt64BigEndian(destination, _high);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _middle);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], _low);
    }

    /// <summary>Returns a new array with the 20 bytes.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Size];
        CopyTo(bytes);
        return bytes;
    }

    /// <summary>Formats the address as <c>0x</c> and 40 hex digits, mixed case per EIP-55.</summary>
    public string ToChecksumString()
    {
        Span<char> text = stackalloc char[2 + (2 * Size)];
        WriteChecksumHex(text);
        return new string(text);
    }

    /// <summary>Formats the address as <c>0x</c> and 40 lower-case hex digits.</summary>
    public string ToLowerHexString()
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        return Hex.Encode(bytes);
    }

    /// <summary>The EIP-55 checksummed form.</summary>
    public override string ToString() => ToChecksumString();

    /// <summary>Parses <c>0x</c> followed by 40 hex digits.</summary>
    /// <exception cref="FormatException">The text is not an address, or its mixed case fails the EIP-55 checksum.</exception>
    public static Address Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseCore(text, out var address, out var error) ? address : throw new FormatException(error);
    }

    /// <summary>Parses like <see cref="Parse"/> but returns <see langword="false"/> instead of throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Address address)
    {
        address = default;
        return text is not null && TryParseCore(text, out address, out _);
    }

    private static bool TryParseCore(string text, out Address address, out string error)
    {
        address = default;
        if (text.Length != 2 + (2 * Size) || !text.StartsWith("0x", StringComparison.Ordinal))
        {
            error = $"An address is 0x followed by 40 hex digits: '{text}'.";
            return false;
        }
        Span<byte> bytes = stackalloc byte[Size];
        var digits = text.AsSpan(2);
        if (Convert.FromHexString(digits, bytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != Size)
        {
            error = $"An address is 0x followed by 40 hex digits: '{text}'.";
            return false;
        }
        address = new Address(bytes);
        // EIP-55: text in a single case carries no checksum; mixed case must match it exactly,
        // which catches a mistyped digit with probability about 1 - 2^-15.
        if (digits.ContainsAny(LowerHexLetters) && digits.ContainsAny(UpperHexLetters))
        {
            Span<char> expected = stackalloc char[2 + (2 * Size)];
            address.WriteChecksumHex(expected);
            if (!expected.SequenceEqual(text))
            {
                error = $"The mixed-case address '{text}' fails its EIP-55 checksum.";
                address = default;
                return false;
            }
        }
        error = string.Empty;
        return true;
    }

    private static readonly System.Buffers.SearchValues<char> LowerHexLetters =
        System.Buffers.SearchValues.Create("abcdef");

    private static readonly System.Buffers.SearchValues<char> UpperHexLetters =
        System.Buffers.SearchValues.Create("ABCDEF");

    // EIP-55: hash the lower-case hex digits (ASCII, no prefix) with Keccak-256; a letter at
    // position i is upper-cased when the i-th nibble of the hash is 8 or more.
    private void WriteChecksumHex(Span<char> destination)
    {
        Span<byte> bytes = stackalloc byte[Size];
        CopyTo(bytes);
        Span<byte> ascii = stackalloc byte[2 * Size];
        for (var i = 0; i < Size; i++)
        {
            ascii[2 * i] = (byte)LowerDigit(bytes[i] >> 4);
            ascii[(2 * i) + 1] = (byte)LowerDigit(bytes[i] & 0xF);
        }
        Span<byte> hash = stackalloc byte[Keccak256.Size];
        Keccak256.Hash(ascii, hash);
        destination[0] = '0';
        destination[1] = 'x';
        for (var i = 0; i < ascii.Length; i++)
        {
            var nibble = (i % 2 == 0 ? hash[i / 2] >> 4 : hash[i / 2]) & 0xF;
            var c = (char)ascii[i];
            destination[2 + i] = c >= 'a' && nibble >= 8 ? (char)(c - ('a' - 'A')) : c;
        }
    }

    private static char LowerDigit(int nibble) => (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);

    /// <inheritdoc/>
    public bool Equals(Address other) => _high == other._high && _middle == other._middle && _low == other._low;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Address other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_high, _middle, _low);

    /// <summary>Compares two addresses byte for byte.</summary>
    public static bool operator ==(Address left, Address right) => left.Equals(right);

    /// <summary>Compares two addresses byte for byte.</summary>
    public static bool operator !=(Address left, Address right) => !left.Equals(right);
}
