using System.Diagnostics.CodeAnalysis;
using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.DigitalLink;

/// <summary>
/// GS1 Digital Link URIs (GS1 Digital Link URI Syntax standard), e.g.
/// "https://id.gs1.org/01/09506000134352/10/ABC/21/XYZ?17=201231": reading them on any domain and
/// under any path prefix, and writing them from element strings.
/// </summary>
/// <remarks>
/// Deprecated "convenience alphas" (/gtin/, /ser/...) are not read: GS1's Syntax Engine also
/// refuses them unless asked. In the query a '+' means a space, so a literal '+' must be sent as
/// %2B; unknown non-numeric parameters (linkType, context...) are ignored, numeric ones must be AIs.
/// </remarks>
public static class DigitalLinkUri
{
    /// <summary>GS1's own resolver, the canonical stem of GS1 Digital Link URIs.</summary>
    public const string CanonicalStem = "https://id.gs1.org";

    /// <summary>Reads a Digital Link URI into validated element strings.</summary>
    /// <exception cref="Gs1ParseException">The URI or the data in it is invalid.</exception>
    public static Gs1ElementString Parse(string uri, Gs1ParseOptions options = Gs1ParseOptions.None)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var error = DigitalLinkParser.Parse(uri, options, out var result);
        return error is null ? result! : throw new Gs1ParseException(error);
    }

    /// <summary>Reads a Digital Link URI; on failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(
        string? uri, [NotNullWhen(true)] out Gs1ElementString? result, [NotNullWhen(false)] out Gs1ParseError? error)
    {
        result = null;
        error = uri is null
            ? Gs1ParseError.General(Gs1ErrorKind.EmptyInput, "input is empty")
            : DigitalLinkParser.Parse(uri, Gs1ParseOptions.None, out result);
        return error is null;
    }

    /// <summary>
    /// Writes <paramref name="data"/> as a Digital Link URI under <paramref name="stem"/> (a
    /// scheme, domain and optional path prefix, e.g. "https://example.com/products").
    /// </summary>
    /// <exception cref="ArgumentException">The stem is not an http(s) URI without query or fragment.</exception>
    /// <exception cref="InvalidOperationException">The data has no primary key, or an AI that can be neither in the path nor in the query.</exception>
    public static string Format(Gs1ElementString data, string stem = CanonicalStem) =>
        TryFormat(data, stem, out var uri, out var failure) ? uri : throw new InvalidOperationException(failure);

    /// <summary>Writes a Digital Link URI; false, with the reason, when the data cannot be one.</summary>
    public static bool TryFormat(
        Gs1ElementString data, string stem, [NotNullWhen(true)] out string? uri, [NotNullWhen(false)] out string? failure)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(stem);
        if (!DigitalLinkParser.LooksLikeUri(stem) || stem.IndexOfAny(['?', '#']) >= 0)
        {
            throw new ArgumentException("The stem must be an http or https URI without query or fragment.", nameof(stem));
        }

        uri = DigitalLinkFormatter.TryFormat(data, stem, out failure);
        return uri is not null;
    }
}
