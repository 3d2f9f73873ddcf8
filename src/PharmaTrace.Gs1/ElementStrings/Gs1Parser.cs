using System.Diagnostics.CodeAnalysis;
using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.Epc;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// Reads GS1 data in every form a scanner or a person produces, into the same validated, ordered
/// list of (AI, value) pairs:
/// <list type="bullet">
/// <item>bracketed: "(01)09506000134352(17)201231(10)ABC123";</item>
/// <item>scanned, with a symbology identifier: "]d2", "]Q3", "]C1", "]e0" then AIs with GS (ASCII 29)
/// separators; "]E0"/"]E4" EAN/UPC; "]d1"/"]Q1" carrying a Digital Link URI;</item>
/// <item>unbracketed, with FNC1 written as GS or '^' (a leading one is allowed);</item>
/// <item>GS1 Digital Link URIs on any domain;</item>
/// <item>EPC pure identity URIs (sgtin, lgtin, sscc, sgln).</item>
/// </list>
/// Every rejection is a <see cref="Gs1ParseException"/> naming the AI and the rule; the Try
/// methods report the same <see cref="Gs1ParseError"/> without throwing, for hot paths.
/// </summary>
public static class Gs1Parser
{
    /// <summary>Parses any supported form, chosen by how the input starts.</summary>
    /// <exception cref="Gs1ParseException">The input is invalid.</exception>
    public static Gs1ElementString Parse(string input, Gs1ParseOptions options = Gs1ParseOptions.None) =>
        TryParse(input, options, out var result, out var error) ? result : throw new Gs1ParseException(error);

    /// <summary>Parses any supported form without throwing.</summary>
    public static bool TryParse(
        string? input, [NotNullWhen(true)] out Gs1ElementString? result, [NotNullWhen(false)] out Gs1ParseError? error) =>
        TryParse(input, Gs1ParseOptions.None, out result, out error);

    /// <summary>Parses any supported form without throwing.</summary>
    public static bool TryParse(
        string? input,
        Gs1ParseOptions options,
        [NotNullWhen(true)] out Gs1ElementString? result,
        [NotNullWhen(false)] out Gs1ParseError? error)
    {
        result = null;
        if (string.IsNullOrEmpty(input))
        {
            error = Gs1ParseError.General(Gs1ErrorKind.EmptyInput, "input is empty");
            return false;
        }

        error = input[0] switch
        {
            '(' => BracketedParser.Parse(input, options, out result),
            ']' or '^' or Gs1ElementString.GroupSeparator or (>= '0' and <= '9') => BarcodeDataParser.Parse(input, options, out result),
            _ when DigitalLinkParser.LooksLikeUri(input) => DigitalLinkParser.Parse(input, options, out result),
            _ when EpcUri.LooksLikeEpcUri(input) => EpcUri.Parse(input, options, out result),
            _ => Gs1ParseError.General(Gs1ErrorKind.UnrecognisedFormat, "not GS1 data: expected '(', a symbology identifier, AI digits, a Digital Link URI or an EPC URI"),
        };
        return error is null;
    }

    /// <summary>Parses the bracketed form, e.g. "(01)09506000134352(10)ABC123".</summary>
    /// <exception cref="Gs1ParseException">The input is invalid.</exception>
    public static Gs1ElementString ParseBracketed(string input, Gs1ParseOptions options = Gs1ParseOptions.None)
    {
        Gs1ElementString? result = null;
        var error = string.IsNullOrEmpty(input) ? Empty() : BracketedParser.Parse(input, options, out result);
        return error is null ? result! : throw new Gs1ParseException(error);
    }

    /// <summary>
    /// Parses scanned or unbracketed data: an optional symbology identifier, then AIs and values
    /// with FNC1 as GS or '^'.
    /// </summary>
    /// <exception cref="Gs1ParseException">The input is invalid.</exception>
    public static Gs1ElementString ParseBarcodeData(string input, Gs1ParseOptions options = Gs1ParseOptions.None)
    {
        Gs1ElementString? result = null;
        var error = string.IsNullOrEmpty(input) ? Empty() : BarcodeDataParser.Parse(input, options, out result);
        return error is null ? result! : throw new Gs1ParseException(error);
    }

    private static Gs1ParseError Empty() => Gs1ParseError.General(Gs1ErrorKind.EmptyInput, "input is empty");
}
