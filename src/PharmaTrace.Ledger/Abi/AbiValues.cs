using System.Collections;
using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// The .NET values that stand for ABI values: <see cref="BigInteger"/> (or any built-in integer type)
/// for <c>uint&lt;M&gt;</c>/<c>int&lt;M&gt;</c>, <see cref="Primitives.Address"/>, <see cref="bool"/>,
/// <c>byte[]</c> (or <see cref="ReadOnlyMemory{T}"/>, or <see cref="Hash32"/> for <c>bytes32</c>) for
/// <c>bytes&lt;M&gt;</c> and <c>bytes</c>, <see cref="string"/>, and any <see cref="IList"/>
/// (<c>object[]</c>, <c>List&lt;T&gt;</c>, <c>T[]</c>) for arrays and tuples. Decoding returns
/// <see cref="BigInteger"/>, <c>byte[]</c> and <c>object[]</c>.
/// </summary>
internal static class AbiValues
{
    /// <summary>UTF-8 that refuses lone surrogates and invalid bytes instead of replacing them with U+FFFD.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static BigInteger ToBigInteger(AbiType type, object? value) => value switch
    {
        BigInteger b => b,
        int i => i,
        long l => l,
        uint u => u,
        ulong u => u,
        short s => s,
        ushort u => u,
        byte b => b,
        sbyte s => s,
        Int128 i => i,
        UInt128 u => u,
        _ => throw Mismatch(type, value, "an integer (BigInteger, long, ulong, int, ...)"),
    };

    public static ReadOnlySpan<byte> ToBytes(AbiType type, object? value, Span<byte> scratch32) => value switch
    {
        byte[] array => array,
        ReadOnlyMemory<byte> memory => memory.Span,
        Memory<byte> memory => memory.Span,
        Hash32 hash => CopyHash(hash, scratch32),
        _ => throw Mismatch(type, value, "bytes (byte[], ReadOnlyMemory<byte> or Hash32)"),
    };

    public static string ToText(AbiType type, object? value) =>
        value as string ?? throw Mismatch(type, value, "a string");

    public static IList ToList(AbiType type, object? value) =>
        value as IList ?? throw Mismatch(type, value, "a list (object[], List<T> or an array)");

    public static int Utf8Length(AbiType type, string text)
    {
        try
        {
            return StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new AbiException($"A {type} value is not valid UTF-16 (it has a lone surrogate).", e);
        }
    }

    public static IList CheckCount(AbiType type, IList values, int expected) => CheckCount(type, values, expected, null);

    public static IList CheckCount(AbiType? type, IList values, int expected, IReadOnlyList<AbiType>? components)
    {
        if (values.Count != expected)
        {
            var name = type?.CanonicalName ?? AbiType.Tuple(components!).CanonicalName;
            throw new AbiException($"A {name} value needs {expected} elements, not {values.Count}.");
        }
        return values;
    }

    public static IList AsList(IReadOnlyList<object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is IList list)
        {
            return list;
        }
        var copy = new object[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = values[i];
        }
        return copy;
    }

    public static AbiException Mismatch(AbiType type, object? value, string expected) =>
        new($"A {type} value must be {expected}, not {(value is null ? "null" : value.GetType().Name)}.");

    private static ReadOnlySpan<byte> CopyHash(Hash32 hash, Span<byte> scratch32)
    {
        hash.CopyTo(scratch32);
        return scratch32[..Hash32.Size];
    }
}
