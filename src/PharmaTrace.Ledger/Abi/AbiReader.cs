using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Follows the head/tail layout of the Contract ABI Specification over one input, checking every
/// offset, length and padding byte (see <see cref="AbiDecoder"/> for the rules).
/// </summary>
internal ref struct AbiReader
{
    private const int Word = AbiType.WordSize;

    private readonly ReadOnlySpan<byte> _data;
    private long _budget;

    public AbiReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _budget = Math.Max((long)data.Length, Word) * AbiDecoder.MaxInflation;
    }

    /// <summary>Reads a tuple whose encoding starts at <paramref name="start"/>; offsets count from there.</summary>
    public object[] ReadTuple(IReadOnlyList<AbiType> types, int start)
    {
        var values = new object[types.Count];
        var head = start;
        for (var i = 0; i < values.Length; i++)
        {
            var type = types[i];
            values[i] = type.IsDynamic ? Read(type, Target(start, head, type)) : Read(type, head);
            head += type.HeadSize;
        }
        return values;
    }

    /// <summary>Reads the value of <paramref name="type"/> whose encoding starts at <paramref name="position"/>.</summary>
    public object Read(AbiType type, int position)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.UnsignedInteger:
                return ReadUnsigned(type, position, Take(type, position, Word));
            case AbiTypeKind.SignedInteger:
                return ReadSigned(type, position, Take(type, position, Word));
            case AbiTypeKind.Address:
                var word = Take(type, position, Word);
                CheckZero(type, position, word[..12], "has non-zero bytes above its 160 bits");
                return new Address(word[12..]);
            case AbiTypeKind.Bool:
                var flag = Take(type, position, Word);
                CheckZero(type, position, flag[..(Word - 1)], "is neither 0 nor 1");
                return flag[Word - 1] switch
                {
                    0 => false,
                    1 => true,
                    _ => throw Invalid(type, position, "is neither 0 nor 1"),
                };
            case AbiTypeKind.FixedBytes:
                var fixedBytes = Take(type, position, Word);
                CheckZero(type, position, fixedBytes[type.Length..], "has non-zero padding after its bytes");
                return fixedBytes[..type.Length].ToArray();
            case AbiTypeKind.Bytes:
                return ReadPayload(type, position).ToArray();
            case AbiTypeKind.Utf8String:
                return DecodeUtf8(type, position, ReadPayload(type, position));
            case AbiTypeKind.Array:
                var count = ReadLength(type, position, "length");
                return ReadElements(type, count, position + Word);
            case AbiTypeKind.FixedArray:
                return ReadElements(type, type.Length, position);
            default:
                return ReadTuple(type.Components, position);
        }
    }

    private object[] ReadElements(AbiType arrayType, int count, int start)
    {
        var element = arrayType.ElementType!;
        // Each element takes at least its head; refuse a count the data cannot hold before allocating.
        // Zero-sized elements (empty tuples) take none, so they are charged one byte each instead.
        if ((long)count * Math.Max(element.HeadSize, 1) > _data.Length - (long)start)
        {
            throw Invalid(arrayType, start, $"declares {count} elements, more than the data holds");
        }
        Charge(arrayType, start, count);
        var values = new object[count];
        var head = start;
        for (var i = 0; i < count; i++)
        {
            values[i] = element.IsDynamic ? Read(element, Target(start, head, element)) : Read(element, head);
            head += element.HeadSize;
        }
        return values;
    }

    /// <summary>Reads the offset at <paramref name="head"/> and returns the position it points to.</summary>
    private int Target(int start, int head, AbiType type)
    {
        var offset = ReadLength(type, head, "offset");
        var target = (long)start + offset;
        if (target > _data.Length)
        {
            throw Invalid(type, head, $"has offset {offset}, beyond the end of the data");
        }
        return (int)target;
    }

    private ReadOnlySpan<byte> ReadPayload(AbiType type, int position)
    {
        var length = ReadLength(type, position, "length");
        var padded = AbiEncoder.PaddedLength(length);
        var payload = Take(type, position + Word, padded);
        CheckZero(type, position, payload[length..], "has non-zero padding after its data");
        return payload[..length];
    }

    /// <summary>Reads a length or offset word: an unsigned integer no larger than the data itself.</summary>
    private int ReadLength(AbiType type, int position, string what)
    {
        var word = Take(type, position, Word);
        var value = BinaryPrimitives.ReadUInt64BigEndian(word[24..]);
        if (word[..24].ContainsAnyExcept((byte)0) || value > (ulong)_data.Length)
        {
            throw Invalid(type, position, $"has a {what} larger than the data");
        }
        return (int)value;
    }

    private ReadOnlySpan<byte> Take(AbiType type, int position, int length)
    {
        if ((long)position + length > _data.Length)
        {
            throw new AbiException(
                $"ABI data too short: {type} at offset {position} needs {length} bytes but {Math.Max(0, _data.Length - position)} remain.");
        }
        Charge(type, position, length);
        return _data.Slice(position, length);
    }

    private void Charge(AbiType type, int position, long amount)
    {
        _budget -= amount;
        if (_budget < 0)
        {
            throw Invalid(type, position, $"makes the decoding read more than {AbiDecoder.MaxInflation} times the data (overlapping offsets)");
        }
    }

    private static BigInteger ReadUnsigned(AbiType type, int position, ReadOnlySpan<byte> word)
    {
        var size = type.Bits / 8;
        CheckZero(type, position, word[..(Word - size)], $"has non-zero bytes above its {type.Bits} bits");
        return size <= 8
            ? new BigInteger(BinaryPrimitives.ReadUInt64BigEndian(word[24..]))
            : new BigInteger(word[(Word - size)..], isUnsigned: true, isBigEndian: true);
    }

    private static BigInteger ReadSigned(AbiType type, int position, ReadOnlySpan<byte> word)
    {
        var size = type.Bits / 8;
        // Strict mode: the bytes above M bits repeat the sign bit (two's complement sign extension).
        var fill = word[Word - size] >= 0x80 ? (byte)0xFF : (byte)0;
        if (word[..(Word - size)].ContainsAnyExcept(fill))
        {
            throw Invalid(type, position, $"is not sign-extended from {type.Bits} bits");
        }
        return size <= 8
            ? new BigInteger(BinaryPrimitives.ReadInt64BigEndian(word[24..]))
            : new BigInteger(word[(Word - size)..], isUnsigned: false, isBigEndian: true);
    }

    private static string DecodeUtf8(AbiType type, int position, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return AbiValues.StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new AbiException($"The {type} at offset {position} is not valid UTF-8.", e);
        }
    }

    private static void CheckZero(AbiType type, int position, ReadOnlySpan<byte> bytes, string problem)
    {
        if (bytes.ContainsAnyExcept((byte)0))
        {
            throw Invalid(type, position, problem);
        }
    }

    private static AbiException Invalid(AbiType type, int position, string problem) =>
        new($"The {type} at offset {position} {problem}.");
}
