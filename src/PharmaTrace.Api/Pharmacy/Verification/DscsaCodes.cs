namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>
/// The code values of the GS1 Lightweight Messaging Standard for (DSCSA) Verification of Product
/// Identifiers: verificationFailureReason and additionalInfo, spelled as the standard spells them.
/// </summary>
public static class DscsaCodes
{
    public const string NoMatchGtinSerial = "No_match_GTIN_Serial";
    public const string NoMatchGtinSerialLot = "No_match_GTIN_Serial_Lot";
    public const string NoMatchGtinSerialExpiry = "No_match_GTIN_Serial_Expiry";
    public const string NoMatchGtinSerialLotExpiry = "No_match_GTIN_Serial_Lot_Expiry";
    public const string NoReasonProvided = "No_reason_provided";

    public const string Recalled = "Recalled";
    public const string Expired = "Expired";
    public const string Suspect = "Suspect";
    public const string Illegitimate = "Illegitimate";
}
