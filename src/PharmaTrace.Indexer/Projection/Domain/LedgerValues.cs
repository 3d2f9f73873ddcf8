using System.Globalization;
using System.Numerics;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Projection.Domain;

/// <summary>
/// How contract values are stored as text in the read model: lowercase <c>0x</c> hex, GS1 keys with
/// their full digit count, ISO 3166-1 alpha-2 countries, dates as <c>YYYY-MM-DD</c>, enum names in lowercase.
/// </summary>
public static class LedgerValues
{
    /// <summary>A <c>bytes2</c> country as its two ASCII letters; <see langword="null"/> for <c>0x0000</c> ("everywhere").</summary>
    public static string? Country(byte[] country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return country.All(b => b == 0) ? null : System.Text.Encoding.ASCII.GetString(country);
    }

    /// <summary>A GLN: 13 digits (GS1 General Specifications 3.4.2).</summary>
    public static string Gln(ulong gln) => gln.ToString("D13", CultureInfo.InvariantCulture);

    /// <summary>A GTIN as GTIN-14 (GS1 General Specifications 3.3.2).</summary>
    public static string Gtin(ulong gtin) => gtin.ToString("D14", CultureInfo.InvariantCulture);

    /// <summary>An SSCC: 18 digits; <see langword="null"/> for 0 (none).</summary>
    public static string? Sscc(BigInteger sscc) => sscc.IsZero ? null : sscc.ToString("D18", CultureInfo.InvariantCulture);

    /// <summary>
    /// A <c>yyyymmdd</c> expiry as <c>YYYY-MM-DD</c>. Day 00 is kept: GS1 AI (17) allows it to mean the
    /// month's last day (General Specifications 3.4.7), and the ledger stores what was registered.
    /// </summary>
    public static string Expiry(uint yyyymmdd) =>
        string.Create(CultureInfo.InvariantCulture, $"{yyyymmdd / 10000:D4}-{yyyymmdd / 100 % 100:D2}-{yyyymmdd % 100:D2}");

    /// <summary>An address as lowercase hex.</summary>
    public static string Address(Address address) => address.ToLowerHexString();

    /// <summary>A role in lowercase, e.g. <c>manufacturer</c>.</summary>
    public static string Role(PharmaLedger.Role role) => role.ToString().ToLowerInvariant();

    /// <summary>A decommission reason in snake case, e.g. <c>free_sample</c>.</summary>
    public static string Reason(PharmaLedger.DecommissionReason reason) => reason switch
    {
        PharmaLedger.DecommissionReason.FreeSample => "free_sample",
        _ => reason.ToString().ToLowerInvariant(),
    };

    /// <summary>A customs decision as its shipment event kind.</summary>
    public static string CustomsKind(PharmaLedger.CustomsDecision decision) => decision switch
    {
        PharmaLedger.CustomsDecision.Release => "customs_release",
        PharmaLedger.CustomsDecision.Hold => "customs_hold",
        PharmaLedger.CustomsDecision.Seize => "customs_seize",
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Unknown customs decision."),
    };

    /// <summary>A <c>uint256</c> counter (shipment id) as a 64-bit integer; the ledger counts from 1.</summary>
    public static long Counter(BigInteger value) =>
        value >= 0 && value <= long.MaxValue ? (long)value : throw new OverflowException($"The counter {value} does not fit 64 bits.");
}
