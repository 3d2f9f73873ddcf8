using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>
/// The answer in the shape of the GS1 Lightweight Messaging Standard for Verification of Product
/// Identifiers (DSCSA, response "data" object): verified, verificationFailureReason, additionalInfo.
/// </summary>
[Description("The answer as the GS1 Lightweight Messaging Standard for Verification of Product Identifiers (DSCSA) words it.")]
public sealed record DscsaVerification(
    [property: Description("True when the product identifier (GTIN, serial, lot, expiry) matches what was registered.")] bool Verified,
    [property: Description("When not verified: No_match_GTIN_Serial, No_match_GTIN_Serial_Lot, No_match_GTIN_Serial_Expiry, No_match_GTIN_Serial_Lot_Expiry or No_reason_provided.")] string? VerificationFailureReason,
    [property: Description("Recalled (everywhere or in the caller's country), Expired, Suspect (decommissioned, quarantined in the caller's country, or inconsistent) or Illegitimate (reported stolen); null when there is nothing to add.")] string? AdditionalInfo,
    [property: Description("When the answer was given (UTC).")] DateTimeOffset VerificationTimestamp);
