using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>Everything the ledger says about one scanned pack.</summary>
[Description("The verification of one pack: its state, whether it may be dispensed here, the DSCSA-shaped answer, the product and batch, holders, countries crossed and the proof.")]
public sealed record PackVerifyResponse(
    [property: Description("active; dispensed, destroyed, stolen, sample, free_sample, exported or locked (decommissioned for that reason); unknown_product; unknown_serial; lot_or_expiry_mismatch (a falsification suspect); batch_inconsistent.")] string State,
    [property: Description("True when the pack may be dispensed in the caller's country now: active, not expired, not recalled nor quarantined there, batch complete and consistent.")] bool Dispensable,
    [property: Description("The DSCSA Lightweight Messaging answer.")] DscsaVerification Dscsa,
    [property: Description("The scanned identifiers, normalised.")] Gs1.Gs1Identifiers Scanned,
    [property: Description("The registered batch, when the serial is known.")] BatchSummary? Batch,
    [property: Description("The decommissioning in force, when the pack is inactive.")] DecommissionSummary? Decommission,
    [property: Description("Recalls in force.")] RecallSummary Recall,
    [property: Description("Countries whose regulator quarantined the batch.")] IReadOnlyList<string> QuarantinedIn,
    [property: Description("True when the registered expiry is past.")] bool Expired,
    [property: Description("Lot and expiry as scanned against the registration, when they differ.")] MismatchSummary? Mismatch,
    [property: Description("Who holds units of the batch now.")] IReadOnlyList<HolderSummary> Holders,
    [property: Description("Countries of every party that held the batch, in custody order.")] IReadOnlyList<string> CountriesCrossed,
    [property: Description("The Merkle proof, to check this answer on any node with verifyPack; null when the serial is unknown or the batch's leaves are not all published.")] PackProofSummary? Proof,
    [property: Description("The last block the answer reflects.")] ulong AsOfBlock);
