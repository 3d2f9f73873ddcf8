using System.Buffers;
using System.Collections;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Topics of indexed event arguments (Contract ABI Specification, "Encoding of Indexed Event
/// Parameters"): value types are their 32-byte word; <c>bytes</c> and <c>string</c> are hashed
/// as their bare contents; arrays and tuples are hashed as the concatenation of their elements'
/// encodings, in place, without offsets or lengths, each <c>bytes</c>/<c>string</c> padded to a
/// whole word.
/// </summary>
internal static class AbiTopicEncoder
{
    public static bool IsHashed(AbiType type) =>
        type.Kind is AbiTypeKind.Bytes or AbiTypeKind.Utf8String or AbiTypeKind.Array or AbiTypeKind.FixedArray or AbiTypeKind.Tuple;

    public static Hash32 Encode(AbiType type, object value)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!IsHashed(type))
        {
            return new Hash32(AbiEncoder.Encode([type], [value]));
        }
        var output = new ArrayBufferWriter<byte>();
        Append(type, value, output, padded: false);
        return Hash32.Keccak(output.WrittenSpan);
    }

    private static void Append(AbiType type, object? value, ArrayBufferWriter<byte> output, bool padded)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.Bytes:
            case AbiTypeKind.Utf8String:
                // The standard encoding minus its length word is exactly the contents padded to a word.
                var encoded = AbiEncoder.Encode([type], [value!]).AsSpan(2 * AbiType.WordSize);
                var contentLength = type.Kind == AbiTypeKind.Bytes
                    ? AbiValues.ToBytes(type, value, stackalloc byte[Hash32.Size]).Length
                    : AbiValues.Utf8Length(type, AbiValues.ToText(type, value));
                output.Write(padded ? encoded : encoded[..contentLength]);
                return;
            case AbiTypeKind.Array:
            case AbiTypeKind.FixedArray:
                var list = AbiValues.ToList(type, value);
                if (type.Kind == AbiTypeKind.FixedArray)
                {
                    AbiValues.CheckCount(type, list, type.Length);
                }
                AppendAll(type.ElementType!, list, output);
                return;
            case AbiTypeKind.Tuple:
                var components = AbiValues.CheckCount(type, AbiValues.ToList(type, value), type.Components.Count);
                for (var i = 0; i < components.Count; i++)
                {
                    Append(type.Components[i], components[i], output, padded: true);
                }
                return;
            default:
                output.Write(AbiEncoder.Encode([type], [value!]));
                return;
        }
    }

    private static void AppendAll(AbiType element, IList values, ArrayBufferWriter<byte> output)
    {
        foreach (var value in values)
        {
            Append(element, value, output, padded: true);
        }
    }
}
