using System.Text;

namespace PharmaTrace.Gs1.Epc;

/// <summary>
/// The escaping of alphanumeric components (serial, lot, GLN extension) in EPC pure identity URIs,
/// EPC Tag Data Standard §5 "Common grammar elements" (GS3A3Component) and Annex A: letters,
/// digits and ! ' ( ) * + , - . : ; = _ stand for themselves; the other GS1 character set 82
/// characters, " % &amp; / &lt; &gt; ?, are written %22 %25 %26 %2F %3C %3E %3F.
/// </summary>
internal static class EpcEscaping
{
    internal static void Escape(StringBuilder output, string component)
    {
        foreach (var c in component)
        {
            if (IsLiteral(c))
            {
                output.Append(c);
            }
            else
            {
                output.Append('%').Append(((int)c).ToString("X2"));
            }
        }
    }

    /// <summary>Undoes <see cref="Escape"/>; false for a character or escape the grammar forbids.</summary>
    internal static bool TryUnescape(ReadOnlySpan<char> text, out string component)
    {
        component = string.Empty;
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2]))
                {
                    return false;
                }

                var decoded = (char)Convert.ToInt32(text.Slice(i + 1, 2).ToString(), 16);
                if (decoded == '\0')
                {
                    return false;
                }

                output.Append(decoded);
                i += 2;
            }
            else if (IsLiteral(c))
            {
                output.Append(c);
            }
            else
            {
                return false;
            }
        }

        component = output.ToString();
        return true;
    }

    private static bool IsLiteral(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '\'' or '(' or ')' or '*' or '+' or ',' or '-' or '.' or ':' or ';' or '=' or '_';
}
