using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Gs1.Epc;

/// <summary>
/// An EPC pure identity URI together with the GS1 data it stands for, e.g.
/// "urn:epc:id:sgtin:0614141.812345.6789" and (01)80614141123458(21)6789.
/// </summary>
public sealed record EpcIdentifier
{
    internal EpcIdentifier(EpcScheme scheme, string uri, CompanyPrefixLength companyPrefixLength, Gs1ElementString elementString)
    {
        Scheme = scheme;
        Uri = uri;
        CompanyPrefixLength = companyPrefixLength;
        ElementString = elementString;
    }

    /// <summary>Which kind of EPC.</summary>
    public EpcScheme Scheme { get; }

    /// <summary>The URI, e.g. "urn:epc:id:sgtin:0614141.812345.6789".</summary>
    public string Uri { get; }

    /// <summary>
    /// The GS1 Company Prefix length the URI was written with; when <c>IsAssumed</c> is true the
    /// URI is provisional (see <see cref="Identifiers.CompanyPrefixLength"/>).
    /// </summary>
    public CompanyPrefixLength CompanyPrefixLength { get; }

    /// <summary>The same identity as GS1 element strings.</summary>
    public Gs1ElementString ElementString { get; }

    /// <summary>The same identity as a GS1 Digital Link URI.</summary>
    public string ToDigitalLinkUri(string stem = DigitalLinkUri.CanonicalStem) => ElementString.ToDigitalLinkUri(stem);

    /// <summary>The URI.</summary>
    public override string ToString() => Uri;
}
