namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Reads type strings by the grammar of the Contract ABI Specification ("Types"): an elementary
/// type or a parenthesised tuple, followed by any number of <c>[]</c> or <c>[k]</c>. No spaces.
/// </summary>
internal static class AbiTypeParser
{
    /// <summary>Tuples and arrays nested deeper than this are refused (hostile JSON ABIs).</summary>
    private const int MaxDepth = 64;

    public static AbiType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var position = 0;
        var type = ParseType(text, ref position, 0);
        if (position != text.Length)
        {
            throw Error(text, position, "unexpected character");
        }
        return type;
    }

    /// <summary>Applies the array suffixes of <paramref name="suffixes"/> (e.g. <c>[2][]</c>) to <paramref name="type"/>.</summary>
    public static AbiType ApplySuffixes(AbiType type, string suffixes)
    {
        var position = 0;
        var result = ParseSuffixes(type, suffixes, ref position, 0);
        if (position != suffixes.Length)
        {
            throw Error(suffixes, position, "expected '[' of an array suffix");
        }
        return result;
    }

    private static AbiType ParseType(string text, ref int position, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error(text, position, $"types nested deeper than {MaxDepth} levels");
        }
        AbiType type;
        if (position < text.Length && text[position] == '(')
        {
            type = ParseTuple(text, ref position, depth);
        }
        else
        {
            var start = position;
            while (position < text.Length && char.IsAsciiLetterOrDigit(text[position]))
            {
                position++;
            }
            type = Elementary(text, start, position);
        }
        return ParseSuffixes(type, text, ref position, depth);
    }

    private static AbiType ParseTuple(string text, ref int position, int depth)
    {
        position++;
        var components = new List<AbiType>();
        if (position < text.Length && text[position] == ')')
        {
            position++;
            return AbiType.Tuple(components);
        }
        while (true)
        {
            components.Add(ParseType(text, ref position, depth + 1));
            if (position >= text.Length)
            {
                throw Error(text, position, "unclosed tuple");
            }
            var c = text[position++];
            if (c == ')')
            {
                return AbiType.Tuple(components);
            }
            if (c != ',')
            {
                throw Error(text, position - 1, "expected ',' or ')' in a tuple");
            }
        }
    }

    private static AbiType ParseSuffixes(AbiType type, string text, ref int position, int depth)
    {
        while (position < text.Length && text[position] == '[')
        {
            if (++depth > MaxDepth)
            {
                throw Error(text, position, $"types nested deeper than {MaxDepth} levels");
            }
            var start = ++position;
            while (position < text.Length && char.IsAsciiDigit(text[position]))
            {
                position++;
            }
            if (position >= text.Length || text[position] != ']')
            {
                throw Error(text, position, "expected ']' closing an array suffix");
            }
            var digits = text.AsSpan(start, position - start);
            position++;
            if (digits.IsEmpty)
            {
                type = AbiType.ArrayOf(type);
                continue;
            }
            type = AbiType.ArrayOf(type, ParseCanonicalNumber(text, start, digits, int.MaxValue));
        }
        return type;
    }

    private static AbiType Elementary(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        switch (name)
        {
            case "address": return AbiType.Address;
            case "bool": return AbiType.Bool;
            case "bytes": return AbiType.Bytes;
            case "string": return AbiType.Utf8String;
            // The spec's synonyms; the canonical names (used in selectors) are uint256 and int256.
            case "uint": return AbiType.UInt256;
            case "int": return AbiType.SignedInteger(256);
            case "":
                throw Error(text, start, "expected a type");
        }
        if (name.StartsWith("uint") && name.Length > 4)
        {
            return AbiType.UnsignedInteger(ParseSize(text, start + 4, name[4..], 256));
        }
        if (name.StartsWith("int") && name.Length > 3)
        {
            return AbiType.SignedInteger(ParseSize(text, start + 3, name[3..], 256));
        }
        if (name.StartsWith("bytes") && name.Length > 5)
        {
            return AbiType.FixedBytes(ParseSize(text, start + 5, name[5..], AbiType.WordSize));
        }
        throw Error(text, start, $"'{name}' is not a supported ABI type (fixed-point and function types are not supported)");
    }

    private static int ParseSize(string text, int start, ReadOnlySpan<char> digits, int max)
    {
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                throw Error(text, start, $"'{digits}' is not a size");
            }
        }
        return ParseCanonicalNumber(text, start, digits, max);
    }

    // Canonical type strings write sizes without leading zeros: "uint08" or "[01]" would give a
    // second spelling of one type, and so a second selector.
    private static int ParseCanonicalNumber(string text, int start, ReadOnlySpan<char> digits, int max)
    {
        if (digits.Length > 1 && digits[0] == '0')
        {
            throw Error(text, start, "a size with a leading zero");
        }
        if (!int.TryParse(digits, System.Globalization.NumberStyles.None, null, out var value) || value > max)
        {
            throw Error(text, start, $"the size {digits} is too large");
        }
        return value;
    }

    private static AbiException Error(string text, int position, string problem) =>
        new($"Invalid ABI type '{text}' at position {position}: {problem}.");
}
