using System.Collections;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Encodes values by the Solidity Contract ABI Specification ("Formal Specification of the
/// Encoding"): a sequence of values is a tuple, static values in place in the head, dynamic ones
/// in the tail behind an offset counted from the start of the enclosing tuple. The output is the
/// spec's strict encoding: smallest offsets, no gaps, zero padding. The size is computed first, so
/// the output is allocated once and every byte of it is written exactly once.
/// </summary>
/// <remarks>Values are represented as described on <see cref="AbiDecoder"/>.</remarks>
public static class AbiEncoder
{
    /// <summary>Encodes <paramref name="values"/> as the tuple <paramref name="types"/> (function arguments, return values, event data).</summary>
    /// <exception cref="AbiException">A value does not fit its type.</exception>
    public static byte[] Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object> values) =>
        EncodeWithPrefix([], types, values);

    /// <summary>The size of the encoding of <paramref name="values"/> as the tuple <paramref name="types"/>.</summary>
    public static int GetEncodedLength(IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        return SizeOfTuple(types, AbiValues.AsList(values), null);
    }

    /// <summary>Encodes into <paramref name="destination"/> and returns the number of bytes written.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is too small.</exception>
    public static int Encode(IReadOnlyList<AbiType> types, IReadOnlyList<object> values, Span<byte> destination)
    {
        var length = GetEncodedLength(types, values);
        if (destination.Length < length)
        {
            throw new ArgumentException($"The destination holds {destination.Length} bytes; the encoding needs {length}.", nameof(destination));
        }
        return WriteTuple(types, AbiValues.AsList(values), null, destination);
    }

    /// <summary>Encodes behind <paramref name="prefix"/> (a 4-byte selector for calls and errors).</summary>
    internal static byte[] EncodeWithPrefix(ReadOnlySpan<byte> prefix, IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(types);
        var list = AbiValues.AsList(values);
        var length = SizeOfTuple(types, list, null);
        // Every byte is written below (values, offsets and padding alike), so skip the zeroing.
        var output = GC.AllocateUninitializedArray<byte>(prefix.Length + length);
        prefix.CopyTo(output);
        WriteTuple(types, list, null, output.AsSpan(prefix.Length));
        return output;
    }

    /// <summary>The encoded size of one value: its static size, or for a dynamic type the size of its data in the tail.</summary>
    internal static int SizeOf(AbiType type, object? value)
    {
        if (!type.IsDynamic)
        {
            return type.HeadSize;
        }
        switch (type.Kind)
        {
            case AbiTypeKind.Bytes:
                Span<byte> scratch = stackalloc byte[Hash32.Size];
                return checked(AbiType.WordSize + PaddedLength(AbiValues.ToBytes(type, value, scratch).Length));
            case AbiTypeKind.Utf8String:
                return checked(AbiType.WordSize + PaddedLength(AbiValues.Utf8Length(type, AbiValues.ToText(type, value))));
            case AbiTypeKind.Array:
                return checked(AbiType.WordSize + SizeOfElements(type.ElementType!, AbiValues.ToList(type, value)));
            case AbiTypeKind.FixedArray:
                return SizeOfElements(type.ElementType!, AbiValues.CheckCount(type, AbiValues.ToList(type, value), type.Length));
            default:
                var list = AbiValues.ToList(type, value);
                return SizeOfTuple(type.Components, list, type);
        }
    }

    internal static int PaddedLength(int length) => checked((length + AbiType.WordSize - 1) / AbiType.WordSize * AbiType.WordSize);

    private static int SizeOfTuple(IReadOnlyList<AbiType> types, IList values, AbiType? tuple)
    {
        AbiValues.CheckCount(tuple, values, types.Count, types);
        var size = 0;
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            size = checked(size + (type.IsDynamic ? AbiType.WordSize + SizeOf(type, values[i]) : type.HeadSize));
        }
        return size;
    }

    private static int SizeOfElements(AbiType element, IList values)
    {
        if (!element.IsDynamic)
        {
            return checked(values.Count * element.HeadSize);
        }
        var size = 0;
        for (var i = 0; i < values.Count; i++)
        {
            size = checked(size + AbiType.WordSize + SizeOf(element, values[i]));
        }
        return size;
    }

    /// <summary>Writes one value at the start of <paramref name="destination"/>; returns its full size.</summary>
    private static int Write(AbiType type, object? value, Span<byte> destination)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.UnsignedInteger:
            case AbiTypeKind.SignedInteger:
                AbiWordWriter.WriteInteger(type, value, destination);
                return AbiType.WordSize;
            case AbiTypeKind.Address:
                AbiWordWriter.WriteAddress(type, value, destination);
                return AbiType.WordSize;
            case AbiTypeKind.Bool:
                AbiWordWriter.WriteBool(type, value, destination);
                return AbiType.WordSize;
            case AbiTypeKind.FixedBytes:
                AbiWordWriter.WriteFixedBytes(type, value, destination);
                return AbiType.WordSize;
            case AbiTypeKind.Bytes:
                return AbiWordWriter.WriteBytes(type, value, destination);
            case AbiTypeKind.Utf8String:
                return AbiWordWriter.WriteString(type, value, destination);
            case AbiTypeKind.Array:
                var list = AbiValues.ToList(type, value);
                AbiWordWriter.WriteLength(list.Count, destination);
                return AbiType.WordSize + WriteElements(type.ElementType!, list, destination[AbiType.WordSize..]);
            case AbiTypeKind.FixedArray:
                return WriteElements(type.ElementType!, AbiValues.CheckCount(type, AbiValues.ToList(type, value), type.Length), destination);
            default:
                return WriteTuple(type.Components, AbiValues.ToList(type, value), type, destination);
        }
    }

    private static int WriteTuple(IReadOnlyList<AbiType> types, IList values, AbiType? tuple, Span<byte> destination)
    {
        AbiValues.CheckCount(tuple, values, types.Count, types);
        var tail = 0;
        for (var i = 0; i < types.Count; i++)
        {
            tail += types[i].HeadSize;
        }
        var head = 0;
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (type.IsDynamic)
            {
                AbiWordWriter.WriteLength(tail, destination[head..]);
                tail += Write(type, values[i], destination[tail..]);
            }
            else
            {
                Write(type, values[i], destination[head..]);
            }
            head += type.HeadSize;
        }
        return tail;
    }

    private static int WriteElements(AbiType element, IList values, Span<byte> destination)
    {
        var headSize = element.HeadSize;
        var tail = values.Count * headSize;
        for (var i = 0; i < values.Count; i++)
        {
            if (element.IsDynamic)
            {
                AbiWordWriter.WriteLength(tail, destination[(i * headSize)..]);
                tail += Write(element, values[i], destination[tail..]);
            }
            else
            {
                Write(element, values[i], destination[(i * headSize)..]);
            }
        }
        return tail;
    }
}
