namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Decodes ABI data strictly (Contract ABI Specification, "Formal Specification of the Encoding"
/// and "Strict Encoding Mode"). Values come back as <see cref="System.Numerics.BigInteger"/> for
/// integers, <see cref="Primitives.Address"/>, <see cref="bool"/>, <c>byte[]</c> for <c>bytes&lt;M&gt;</c>
/// and <c>bytes</c>, <see cref="string"/>, and <c>object[]</c> for arrays and tuples.
/// </summary>
/// <remarks>
/// Refused: offsets and lengths beyond the data, data cut short, non-zero padding (of integers,
/// <c>address</c>, <c>bool</c>, <c>bytes&lt;M&gt;</c> and <c>bytes</c>/<c>string</c> tails), integers
/// not sign-extended, <c>bool</c> other than 0 or 1, and strings that are not UTF-8. Offsets may
/// point anywhere in range, as Solidity's own decoder allows, but reading more than
/// <see cref="MaxInflation"/> times the input (overlapping offsets) is refused. Bytes after the last
/// value are ignored, as calldata may carry them.
/// </remarks>
public static class AbiDecoder
{
    /// <summary>How many times its own size a decoding may read before it is refused as hostile.</summary>
    public const int MaxInflation = 32;

    /// <summary>Decodes <paramref name="data"/> as the tuple <paramref name="types"/>.</summary>
    /// <exception cref="AbiException">The data is not a strict encoding of <paramref name="types"/>.</exception>
    public static object[] Decode(IReadOnlyList<AbiType> types, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(types);
        var reader = new AbiReader(data);
        return reader.ReadTuple(types, 0);
    }

    /// <summary>Decodes one 32-byte word holding a value type (an indexed event topic).</summary>
    /// <exception cref="AbiException">The type is not a value type, or the word is not its strict encoding.</exception>
    internal static object DecodeWord(AbiType type, ReadOnlySpan<byte> word)
    {
        if (type.IsDynamic || type.Kind is AbiTypeKind.Tuple or AbiTypeKind.FixedArray || word.Length != AbiType.WordSize)
        {
            throw new AbiException($"Only a value type fits one word; {type} does not.");
        }
        var reader = new AbiReader(word);
        return reader.Read(type, 0);
    }
}
