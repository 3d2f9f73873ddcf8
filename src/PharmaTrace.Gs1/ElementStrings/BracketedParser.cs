using PharmaTrace.Gs1.ApplicationIdentifiers;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// The human-readable form "(01)09506000134352(17)201231(10)ABC123" (GS1 General Specifications
/// §4.15, human readable interpretation). A '(' that belongs to a value is written "\(", as in
/// GS1's Syntax Engine; ')' needs no escape because only '(' starts an AI.
/// </summary>
internal static class BracketedParser
{
    internal static Gs1ParseError? Parse(string input, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        var dictionary = AiTable.Default;
        var buffer = default(ElementBuffer);
        try
        {
            var position = 0;
            while (position < input.Length)
            {
                if (input[position] != '(')
                {
                    return Gs1ParseError.General(Gs1ErrorKind.MalformedAi, $"expected '(' at position {position + 1}");
                }

                var close = input.IndexOf(')', position + 1);
                if (close < 0)
                {
                    return Gs1ParseError.General(Gs1ErrorKind.MalformedAi, $"'(' at position {position + 1} is never closed");
                }

                var ai = input.AsSpan(position + 1, close - position - 1);
                if (ai.Length is < 2 or > 4 || ai.ContainsAnyExceptInRange('0', '9'))
                {
                    return Gs1ParseError.General(Gs1ErrorKind.MalformedAi, $"\"({Shorten(ai)})\" at position {position + 1} is not an AI (2 to 4 digits)");
                }

                if (!dictionary.TryGet(ai, out var definition))
                {
                    return Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, ai.ToString(), "unknown AI");
                }

                var valueStart = close + 1;
                var valueEnd = FindValueEnd(input, valueStart, out var escapes);
                var value = escapes == 0
                    ? input[valueStart..valueEnd]
                    : input[valueStart..valueEnd].Replace("\\(", "(", StringComparison.Ordinal);

                var error = ElementValidator.Validate(definition, value);
                if (error is not null)
                {
                    return error;
                }

                buffer.Add(new AiElement(definition.Ai, value));
                position = valueEnd;
            }

            return ElementStringCompletion.Complete(dictionary, ref buffer, options, out result);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    // The value runs to the next '(' that is not escaped as "\(".
    private static int FindValueEnd(string input, int start, out int escapes)
    {
        escapes = 0;
        var i = start;
        while (true)
        {
            var open = input.IndexOf('(', i);
            if (open < 0)
            {
                return input.Length;
            }

            if (open > start && input[open - 1] == '\\')
            {
                escapes++;
                i = open + 1;
                continue;
            }

            return open;
        }
    }

    internal static string Shorten(ReadOnlySpan<char> text) =>
        text.Length <= 12 ? text.ToString() : string.Concat(text[..12], "...");
}
