using System.Text;

namespace PharmaTrace.Gs1.DigitalLink;

/// <summary>
/// Percent-encoding of Digital Link path segments and query values (RFC 3986 §2.1, as applied by
/// the GS1 Digital Link standard §6 "URI syntax").
/// </summary>
internal static class PercentEncoding
{
    /// <summary>
    /// Decodes %XX escapes; in a query, '+' is a space as in HTML form encoding (the rule of GS1's
    /// Syntax Engine; a space then fails the character-set check, so a literal '+' must be %2B there).
    /// Returns false for a malformed escape or an encoded NUL.
    /// </summary>
    internal static bool TryDecode(ReadOnlySpan<char> text, bool isQuery, out string decoded)
    {
        if (text.IndexOf('%') < 0 && (!isQuery || text.IndexOf('+') < 0))
        {
            decoded = text.ToString();
            return true;
        }

        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length
                    || !char.IsAsciiHexDigit(text[i + 1])
                    || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    decoded = string.Empty;
                    return false;
                }

                // Bytes above 0x7F never form a valid GS1 value; taking each as one character
                // lets the character-set check reject them instead of a UTF-8 decoder.
                var value = (char)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
                if (value == '\0')
                {
                    decoded = string.Empty;
                    return false;
                }

                output.Append(value);
                i += 2;
            }
            else
            {
                output.Append(isQuery && c == '+' ? ' ' : c);
            }
        }

        decoded = output.ToString();
        return true;
    }

    /// <summary>Escapes every character except RFC 3986 "unreserved" ones (A-Z a-z 0-9 - . _ ~).</summary>
    internal static void Encode(StringBuilder output, string value)
    {
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                output.Append(c);
            }
            else
            {
                output.Append('%').Append(HexDigit(c >> 4)).Append(HexDigit(c & 0xF));
            }
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}
