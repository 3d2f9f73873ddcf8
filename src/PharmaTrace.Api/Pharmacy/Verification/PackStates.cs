namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>The values of a verification's <c>state</c>: the pack's ledger state, or why there is none.</summary>
public static class PackStates
{
    public const string Active = "active";
    public const string UnknownProduct = "unknown_product";
    public const string UnknownSerial = "unknown_serial";
    public const string Mismatch = "lot_or_expiry_mismatch";
    public const string BatchInconsistent = "batch_inconsistent";
    // A decommissioned pack's state is its reason: dispensed, destroyed, stolen, sample, free_sample, exported, locked.
}
