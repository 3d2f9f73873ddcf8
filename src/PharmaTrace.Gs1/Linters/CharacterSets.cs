using System.Buffers;
using PharmaTrace.Gs1.ApplicationIdentifiers;

namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// The character sets of AI values (GS1 General Specifications §7.11): N digits, X the "GS1 AI
/// encodable character set 82", Y character set 39, Z character set 64 (URI-safe base64).
/// </summary>
internal static class CharacterSets
{
    // §7.11 Figure 7.11-1, in table order: the order also gives each character its value for the
    // check character pair (§7.9.5).
    internal const string Cset82 =
        "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";

    // §7.11 Figure 7.11-2.
    internal const string Cset39 = "#-/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    // §7.11 Figure 7.11-3 (RFC 4648 §5 "base64url").
    internal const string Cset64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> Cset82Values = SearchValues.Create(Cset82);
    private static readonly SearchValues<char> Cset39Values = SearchValues.Create(Cset39);
    private static readonly SearchValues<char> Cset64Values = SearchValues.Create(Cset64);

    /// <summary>Index of the first character outside <paramref name="set"/>, or -1.</summary>
    internal static int IndexOfInvalid(ReadOnlySpan<char> data, AiCharacterSet set) => set switch
    {
        AiCharacterSet.Numeric => data.IndexOfAnyExcept(Digits),
        AiCharacterSet.Cset82 => data.IndexOfAnyExcept(Cset82Values),
        AiCharacterSet.Cset39 => data.IndexOfAnyExcept(Cset39Values),
        _ => IndexOfInvalidCset64(data),
    };

    internal static bool IsCset82(ReadOnlySpan<char> data) => data.IndexOfAnyExcept(Cset82Values) < 0;

    internal static bool IsDigits(ReadOnlySpan<char> data) => !data.IsEmpty && data.IndexOfAnyExcept(Digits) < 0;

    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    internal static string Describe(AiCharacterSet set) => set switch
    {
        AiCharacterSet.Numeric => "digits only",
        AiCharacterSet.Cset82 => "GS1 character set 82",
        AiCharacterSet.Cset39 => "GS1 character set 39",
        _ => "GS1 character set 64 (URI-safe base64)",
    };

    /// <summary>How a character is shown in an error message: printable as itself, else as U+XXXX.</summary>
    internal static string Show(char c) =>
        c is >= ' ' and <= '~' ? $"'{c}'" : $"U+{(int)c:X4}";

    // Padding '=' may end CSET 64 data: at most two, and only when the padded length is a
    // multiple of three, as the Syntax Dictionary's cset64 linter rules.
    private static int IndexOfInvalidCset64(ReadOnlySpan<char> data)
    {
        var pads = 0;
        while (pads < data.Length && data[data.Length - 1 - pads] == '=')
        {
            pads++;
        }

        var body = data[..^pads];
        var bad = body.IndexOfAnyExcept(Cset64Values);
        if (bad >= 0)
        {
            return bad;
        }

        return pads > 2 || (pads > 0 && data.Length % 3 != 0) ? body.Length : -1;
    }
}
