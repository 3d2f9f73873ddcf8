using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using PharmaTrace.Gs1;
using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.Epc;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Indexer.Epcis.Model;

/// <summary>
/// The identifiers of our events, written canonically as GS1 Digital Link URIs (stored form) and translated to
/// EPC URNs on request. The ledger does not know a company prefix length, so URNs assume 7 digits
/// (<see cref="CompanyPrefixLength.AssumedDefault"/>); Digital Link, which needs none, is the stored form.
/// </summary>
public static class EpcisIdentifiers
{
    private const int MaxCached = 100_000;
    private static readonly ConcurrentDictionary<string, string> UrnCache = new(StringComparer.Ordinal);

    /// <summary>A party's location: its GLN as AI (414), GS1 Digital Link §4 (the SGLN without extension).</summary>
    public static string Location(string gln) => $"{DigitalLinkUri.CanonicalStem}/414/{Gln.Parse(gln).Value}";

    /// <summary>The batch as an EPC class: GTIN (01) + lot (10), percent-encoded by the Digital Link formatter.</summary>
    public static string Lgtin(string gtin, string lot) => DigitalLinkUri.Format(new Lgtin(Gtin.Parse(gtin), lot).ToElementString());

    /// <summary>A logistic unit: SSCC as AI (00), 18 digits.</summary>
    public static string Sscc(BigInteger sscc) =>
        $"{DigitalLinkUri.CanonicalStem}/00/{Gs1.Identifiers.Sscc.Parse(sscc.ToString("D18", CultureInfo.InvariantCulture)).Value}";

    /// <summary>The EPC URN of one of our Digital Link URIs (EPC Tag Data Standard §7).</summary>
    public static string ToUrn(string digitalLink)
    {
        if (UrnCache.TryGetValue(digitalLink, out var urn))
        {
            return urn;
        }

        urn = EpcUri.FromDigitalLink(digitalLink, CompanyPrefixLength.AssumedDefault).Uri;
        if (UrnCache.Count < MaxCached)
        {
            UrnCache.TryAdd(digitalLink, urn);
        }

        return urn;
    }

    /// <summary>
    /// The stored (canonical Digital Link) form of an identifier a client sent as a Digital Link URI on any stem
    /// or as an EPC URN; null when it is neither.
    /// </summary>
    public static string? Normalize(string value)
    {
        try
        {
            if (value.StartsWith("urn:epc:", StringComparison.Ordinal))
            {
                return EpcUri.Parse(value).ToDigitalLinkUri();
            }

            return value.StartsWith("http", StringComparison.OrdinalIgnoreCase)
                ? DigitalLinkUri.Format(DigitalLinkUri.Parse(value))
                : null;
        }
        catch (Gs1ParseException)
        {
            return null;
        }
    }
}
