using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// Data as a scanner transmits it, or as people type it: an optional symbology identifier
/// (ISO/IEC 15424, e.g. "]d2"), then AIs and values run together with FNC1 shown as GS (ASCII 29)
/// or '^'. Predefined-length AIs end after their length (GS1 General Specifications §7.8.5,
/// Figure 7.8.5-2); every other AI ends at the next FNC1 or the end of the data.
/// </summary>
internal static class BarcodeDataParser
{
    internal static Gs1ParseError? Parse(string input, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        ReadOnlySpan<char> data = input;
        if (data.StartsWith(']'))
        {
            if (data.Length < 3)
            {
                return Gs1ParseError.General(Gs1ErrorKind.UnsupportedSymbology, "incomplete symbology identifier");
            }

            var symbology = data.Slice(1, 2);
            data = data[3..];
            switch (symbology)
            {
                // GS1-128, GS1 DataBar and Composite, GS1 DataMatrix, GS1 QR Code: FNC1 in first
                // position, i.e. GS1 element strings follow (GS1 General Specifications §5.1.2).
                case "C1" or "e0" or "d2" or "Q3":
                    break;

                // EAN-13 / UPC-A (]E0) and EAN-8 (]E4) carry a bare GTIN.
                case "E0":
                    return ParseBareGtin(data, 13, options, out result);
                case "E4":
                    return ParseBareGtin(data, 8, options, out result);

                // Plain DataMatrix or QR Code: a GS1 Digital Link URI is the only GS1 content.
                case "d1" or "Q1" when DigitalLinkParser.LooksLikeUri(data):
                    return DigitalLinkParser.Parse(data.ToString(), options, out result);

                default:
                    return Gs1ParseError.General(
                        Gs1ErrorKind.UnsupportedSymbology, $"symbology identifier ]{Sanitise(symbology)} does not carry GS1 element strings");
            }
        }

        return ParseElements(data, options, out result);
    }

    internal static bool IsFnc1(char c) => c is Gs1ElementString.GroupSeparator or '^';

    private static Gs1ParseError? ParseElements(ReadOnlySpan<char> data, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        var dictionary = AiTable.Default;
        var buffer = default(ElementBuffer);
        try
        {
            // FNC1 in first position marks GS1 data; scanners drop it, people may type it.
            var position = data.Length > 0 && IsFnc1(data[0]) ? 1 : 0;
            while (position < data.Length)
            {
                if (IsFnc1(data[position]))
                {
                    return Gs1ParseError.General(Gs1ErrorKind.MalformedAi, $"unexpected FNC1 at position {position + 1}");
                }

                var error = ReadAi(dictionary, data, position, out var definition);
                if (error is not null)
                {
                    return error;
                }

                var start = position + definition!.Ai.Length;
                var end = FindValueEnd(data, start, definition.PredefinedLength);
                var value = data[start..end];
                error = ElementValidator.Validate(definition, value);
                if (error is not null)
                {
                    return error;
                }

                buffer.Add(new AiElement(definition.Ai, value.ToString()));

                // One FNC1 may follow any value: needed after a variable-length one, tolerated
                // after a predefined-length one and at the very end.
                position = end < data.Length && IsFnc1(data[end]) ? end + 1 : end;
            }

            return ElementStringCompletion.Complete(dictionary, ref buffer, options, out result);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static Gs1ParseError? ReadAi(AiTable dictionary, ReadOnlySpan<char> data, int position, out AiDefinition? definition)
    {
        definition = null;
        var rest = data[position..];
        if (rest.Length < 2 || !CharacterSets.IsDigit(rest[0]) || !CharacterSets.IsDigit(rest[1]))
        {
            return Gs1ParseError.General(Gs1ErrorKind.MalformedAi, $"expected an AI at position {position + 1}");
        }

        var length = dictionary.AiLengthForPrefix(rest[0], rest[1]);
        if (length == 0)
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, rest[..2].ToString(), "unknown AI");
        }

        if (rest.Length < length || !CharacterSets.IsDigits(rest[..length]))
        {
            return Gs1ParseError.General(Gs1ErrorKind.MalformedAi, $"incomplete AI at position {position + 1}");
        }

        return dictionary.TryGet(rest[..length], out definition)
            ? null
            : Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, rest[..length].ToString(), "unknown AI");
    }

    private static int FindValueEnd(ReadOnlySpan<char> data, int start, int predefinedLength)
    {
        var limit = predefinedLength > 0 ? Math.Min(data.Length, start + predefinedLength) : data.Length;
        var window = data[start..limit];
        var separator = window.IndexOfAny(Gs1ElementString.GroupSeparator, '^');
        return separator < 0 ? limit : start + separator;
    }

    private static Gs1ParseError? ParseBareGtin(ReadOnlySpan<char> data, int digits, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        if (data.Length != digits || !CharacterSets.IsDigits(data))
        {
            return Gs1ParseError.General(Gs1ErrorKind.InvalidLength, $"EAN/UPC data must be {digits} digits");
        }

        var gtin = string.Concat(new string('0', 14 - digits), data);
        return ParseElements(string.Concat("01", gtin), options, out result);
    }

    private static string Sanitise(ReadOnlySpan<char> symbology) =>
        string.Concat(symbology.ToString().Select(c => c is >= ' ' and <= '~' ? c.ToString() : "?"));
}
