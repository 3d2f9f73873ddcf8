using System.Diagnostics.CodeAnalysis;
using System.Text;
using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Identifiers;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.Epc;

/// <summary>
/// Conversion between GS1 keys (and so GS1 Digital Link URIs) and EPC pure identity URIs, EPC Tag
/// Data Standard §6.3 and §7 ("Correspondence between EPCs and GS1 keys"). Writing a URI needs
/// the GS1 Company Prefix length (see <see cref="CompanyPrefixLength"/>); reading one does not,
/// since its first dot marks it.
/// </summary>
public static class EpcUri
{
    private const string SgtinPrefix = "urn:epc:id:sgtin:";
    private const string LgtinPrefix = "urn:epc:class:lgtin:";
    private const string SsccPrefix = "urn:epc:id:sscc:";
    private const string SglnPrefix = "urn:epc:id:sgln:";

    /// <summary>"urn:epc:id:sgtin:CompanyPrefix.IndicatorItemRef.Serial".</summary>
    public static EpcIdentifier FromSgtin(Sgtin sgtin, CompanyPrefixLength companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(sgtin);
        return FromGtinAnd(EpcScheme.Sgtin, SgtinPrefix, sgtin.Gtin, sgtin.SerialNumber, sgtin.ToElementString(), companyPrefixLength);
    }

    /// <summary>"urn:epc:class:lgtin:CompanyPrefix.IndicatorItemRef.Lot".</summary>
    public static EpcIdentifier FromLgtin(Lgtin lgtin, CompanyPrefixLength companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(lgtin);
        return FromGtinAnd(EpcScheme.Lgtin, LgtinPrefix, lgtin.Gtin, lgtin.Lot, lgtin.ToElementString(), companyPrefixLength);
    }

    /// <summary>"urn:epc:id:sscc:CompanyPrefix.ExtensionSerialRef".</summary>
    public static EpcIdentifier FromSscc(Sscc sscc, CompanyPrefixLength companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(sscc);
        ArgumentNullException.ThrowIfNull(companyPrefixLength);
        var digits = sscc.Value;
        var length = companyPrefixLength.Digits;
        var uri = $"{SsccPrefix}{digits.AsSpan(1, length)}.{digits[0]}{digits.AsSpan(1 + length, 16 - length)}";
        return new EpcIdentifier(EpcScheme.Sscc, uri, companyPrefixLength, Gs1ElementString.Create([new AiElement("00", digits)]));
    }

    /// <summary>
    /// "urn:epc:id:sgln:CompanyPrefix.LocationRef.Extension"; the extension is the AI (254) value,
    /// or "0" when there is none.
    /// </summary>
    /// <exception cref="Gs1ParseException">The extension is not a valid AI (254) value.</exception>
    public static EpcIdentifier FromGln(Gln gln, string? extension, CompanyPrefixLength companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(gln);
        ArgumentNullException.ThrowIfNull(companyPrefixLength);
        AiElement[] elements = extension is null
            ? [new AiElement("414", gln.Value)]
            : [new AiElement("414", gln.Value), new AiElement("254", extension)];
        var data = Gs1ElementString.Create(elements);
        var length = companyPrefixLength.Digits;
        var uri = new StringBuilder(SglnPrefix)
            .Append(gln.Value.AsSpan(0, length)).Append('.')
            .Append(gln.Value.AsSpan(length, 12 - length)).Append('.');
        EpcEscaping.Escape(uri, extension ?? "0");
        return new EpcIdentifier(EpcScheme.Sgln, uri.ToString(), companyPrefixLength, data);
    }

    /// <summary>
    /// The EPC of GS1 data, trying in turn (01)+(21) sgtin, (00) sscc, (01)+(10) lgtin and (414)
    /// sgln: the most specific identity first.
    /// </summary>
    /// <exception cref="Gs1ParseException">The data holds none of those keys.</exception>
    public static EpcIdentifier FromElementString(Gs1ElementString data, CompanyPrefixLength companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Sgtin is { } sgtin)
        {
            return FromSgtin(sgtin, companyPrefixLength);
        }

        if (data.Sscc is { } sscc)
        {
            return FromSscc(sscc, companyPrefixLength);
        }

        if (data.Lgtin is { } lgtin)
        {
            return FromLgtin(lgtin, companyPrefixLength);
        }

        if (data.Find("414") is { } gln)
        {
            return FromGln(new Gln(gln), data.Find("254"), companyPrefixLength);
        }

        throw new Gs1ParseException(Gs1ParseError.General(
            Gs1ErrorKind.InvalidEpcUri, "the data has no EPC form: it needs (01)+(21), (00), (01)+(10) or (414)"));
    }

    /// <summary>The EPC of a GS1 Digital Link URI.</summary>
    /// <exception cref="Gs1ParseException">The URI is invalid or has no EPC form.</exception>
    public static EpcIdentifier FromDigitalLink(string digitalLinkUri, CompanyPrefixLength companyPrefixLength) =>
        FromElementString(DigitalLinkUri.Parse(digitalLinkUri), companyPrefixLength);

    /// <summary>Reads an sgtin, lgtin, sscc or sgln URI.</summary>
    /// <exception cref="Gs1ParseException">The URI is invalid.</exception>
    public static EpcIdentifier Parse(string uri) =>
        TryParse(uri, out var identifier, out var error) ? identifier : throw new Gs1ParseException(error);

    /// <summary>Reads an sgtin, lgtin, sscc or sgln URI without throwing.</summary>
    public static bool TryParse(string? uri, [NotNullWhen(true)] out EpcIdentifier? identifier, [NotNullWhen(false)] out Gs1ParseError? error)
    {
        identifier = null;
        error = uri is null
            ? Gs1ParseError.General(Gs1ErrorKind.EmptyInput, "input is empty")
            : EpcUriParser.Parse(uri, Gs1ParseOptions.None, out identifier);
        return error is null;
    }

    /// <summary>The GS1 Digital Link URI of an EPC URI.</summary>
    /// <exception cref="Gs1ParseException">The EPC URI is invalid.</exception>
    public static string ToDigitalLink(string uri, string stem = DigitalLinkUri.CanonicalStem) => Parse(uri).ToDigitalLinkUri(stem);

    internal static bool LooksLikeEpcUri(ReadOnlySpan<char> text) => text.StartsWith("urn:epc:", StringComparison.OrdinalIgnoreCase);

    /// <summary>For <see cref="Gs1Parser"/>: an EPC URI as one more input form.</summary>
    internal static Gs1ParseError? Parse(string uri, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        var error = EpcUriParser.Parse(uri, options, out var identifier);
        result = identifier?.ElementString;
        return error;
    }

    // TDS §7 (SGTIN, LGTIN): the indicator digit moves behind the company prefix and
    // the check digit is dropped.
    private static EpcIdentifier FromGtinAnd(
        EpcScheme scheme, string prefix, Gtin gtin, string component, Gs1ElementString data, CompanyPrefixLength companyPrefixLength)
    {
        ArgumentNullException.ThrowIfNull(companyPrefixLength);
        var digits = gtin.Value;
        var length = companyPrefixLength.Digits;
        var uri = new StringBuilder(prefix)
            .Append(digits.AsSpan(1, length)).Append('.')
            .Append(digits[0]).Append(digits.AsSpan(1 + length, 12 - length)).Append('.');
        EpcEscaping.Escape(uri, component);
        return new EpcIdentifier(scheme, uri.ToString(), companyPrefixLength, data);
    }

    internal static string WithCheckDigit(string digits) => digits + CheckDigit.Compute(digits);
}
