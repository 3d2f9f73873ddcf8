using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>One step of a batch's custody chain.</summary>
[Description("One step of a batch's custody chain: registration, a shipment step, a status change, or a pack's decommission, undo or falsification alert, with its ledger proof.")]
public sealed record ProvenanceStep(
    [property: Description("registered, dispatched, customs_release, customs_hold, customs_seize, received, rejected, recalled, quarantined, released (from quarantine), decommissioned, reactivated (a decommission undone) or falsification_alert (a second decommission refused).")] string Kind,
    [property: Description("Block time.")] DateTimeOffset At,
    [property: Description("Who acted.")] PartyView Actor,
    [property: Description("The sender, for shipment steps.")] PartyView? From,
    [property: Description("The recipient (for a rejection: who gets the packs back).")] PartyView? To,
    [property: Description("The sender's country, for a dispatch.")] string? FromCountry,
    [property: Description("The recipient's country, for a dispatch.")] string? ToCountry,
    [property: Description("The country of a customs decision or a status change (null for a recall everywhere), or of the party that acted on a pack.")] string? Country,
    [property: Description("The shipment, for shipment steps.")] long? ShipmentId,
    [property: Description("Packs concerned.")] long? Quantity,
    [property: Description("The customs decision, for customs steps: release, hold or seize.")] string? CustomsDecision,
    [property: Description("SSCC of the logistic unit, for a dispatch that gave one.")] string? Sscc,
    [property: Description("The reason given, where there is one; for a pack step the decommission reason (for an alert, the one attempted).")] string? Reason,
    [property: Description("The pack's index in the batch's Merkle tree, for pack steps.")] long? PackIndex,
    [property: Description("keccak256 of the pack's serial, for pack steps.")] string? SerialHash,
    [property: Description("The ledger proof.")] LedgerProof Proof);
