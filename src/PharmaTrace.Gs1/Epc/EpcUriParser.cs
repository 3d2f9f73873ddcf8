using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Identifiers;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.Epc;

/// <summary>
/// Reads EPC pure identity URIs (EPC Tag Data Standard §6.3) back into GS1 keys (§7): the digits
/// before the first dot are the GS1 Company Prefix (6 to 12 of them), the indicator or extension
/// digit comes first in the second part, and the check digit is computed again.
/// </summary>
internal static class EpcUriParser
{
    internal static Gs1ParseError? Parse(string uri, Gs1ParseOptions options, out EpcIdentifier? identifier)
    {
        identifier = null;
        ReadOnlySpan<char> text = uri;
        var scheme = Scheme(text, out var prefixLength);
        if (scheme is null)
        {
            return Invalid("not an sgtin, lgtin, sscc or sgln EPC URI");
        }

        var body = text[prefixLength..];
        var firstDot = body.IndexOf('.');
        var companyPrefix = firstDot < 0 ? body : body[..firstDot];
        var rest = firstDot < 0 ? [] : body[(firstDot + 1)..];
        var secondDot = rest.IndexOf('.');
        var reference = secondDot < 0 ? rest : rest[..secondDot];
        var component = secondDot < 0 ? [] : rest[(secondDot + 1)..];
        if (firstDot < 0 || (secondDot < 0) != (scheme == EpcScheme.Sscc))
        {
            return Invalid(scheme == EpcScheme.Sscc ? "an sscc URI has two dot-separated parts" : "the URI needs three dot-separated parts");
        }

        if (companyPrefix.Length is < CompanyPrefixLength.MinDigits or > CompanyPrefixLength.MaxDigits
            || !CharacterSets.IsDigits(companyPrefix)
            || (!reference.IsEmpty && !CharacterSets.IsDigits(reference)))
        {
            return Invalid("the GS1 Company Prefix must be 6 to 12 digits, followed by a numeric reference");
        }

        var digitCount = scheme switch { EpcScheme.Sscc => 17, EpcScheme.Sgln => 12, _ => 13 };
        if (companyPrefix.Length + reference.Length != digitCount || (scheme != EpcScheme.Sgln && reference.IsEmpty))
        {
            return Invalid($"company prefix and reference must have {digitCount} digits together");
        }

        var unescaped = string.Empty;
        if (scheme != EpcScheme.Sscc && !EpcEscaping.TryUnescape(component, out unescaped))
        {
            return Invalid("invalid character or escape in the last part");
        }

        var elements = scheme switch
        {
            EpcScheme.Sgtin => [new AiElement("01", Key(reference[0], companyPrefix, reference[1..])), new AiElement("21", unescaped)],
            EpcScheme.Lgtin => [new AiElement("01", Key(reference[0], companyPrefix, reference[1..])), new AiElement("10", unescaped)],
            EpcScheme.Sscc => [new AiElement("00", Key(reference[0], companyPrefix, reference[1..]))],
            _ => unescaped == "0"
                ? new[] { new AiElement("414", EpcUri.WithCheckDigit(string.Concat(companyPrefix, reference))) }
                : [new AiElement("414", EpcUri.WithCheckDigit(string.Concat(companyPrefix, reference))), new AiElement("254", unescaped)],
        };

        var error = ElementStringCompletion.FromElements(elements, options, out var data);
        if (error is null)
        {
            identifier = new EpcIdentifier(scheme.Value, uri, CompanyPrefixLength.Of(companyPrefix.Length), data!);
        }

        return error;
    }

    private static EpcScheme? Scheme(ReadOnlySpan<char> text, out int prefixLength)
    {
        foreach (var (prefix, scheme) in (ReadOnlySpan<(string, EpcScheme)>)
                 [("urn:epc:id:sgtin:", EpcScheme.Sgtin), ("urn:epc:class:lgtin:", EpcScheme.Lgtin),
                  ("urn:epc:id:sscc:", EpcScheme.Sscc), ("urn:epc:id:sgln:", EpcScheme.Sgln)])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                prefixLength = prefix.Length;
                return scheme;
            }
        }

        prefixLength = 0;
        return null;
    }

    private static string Key(char indicator, ReadOnlySpan<char> companyPrefix, ReadOnlySpan<char> reference) =>
        EpcUri.WithCheckDigit(string.Concat([indicator], companyPrefix, reference));

    private static Gs1ParseError Invalid(string rule) => Gs1ParseError.General(Gs1ErrorKind.InvalidEpcUri, rule);
}
