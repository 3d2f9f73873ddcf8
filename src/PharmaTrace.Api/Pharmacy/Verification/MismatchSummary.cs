using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>A scanned lot or expiry that is not the one registered for the serial: a falsification suspect.</summary>
[Description("The scanned lot and expiry against those registered for the serial.")]
public sealed record MismatchSummary(
    [property: Description("True when the scanned lot differs.")] bool Lot,
    [property: Description("True when the scanned expiry differs.")] bool Expiry,
    [property: Description("The lot scanned.")] string? ScannedLot,
    [property: Description("The expiry scanned, YYYY-MM-DD.")] string? ScannedExpiry);
