using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>One step of a batch's custody chain.</summary>
[Description("One step of a batch's custody chain: registration, a shipment step, or a status change, with its ledger proof.")]
public sealed record ProvenanceStep(
    [property: Description("registered, dispatched, customs_release, customs_hold, customs_seize, received, rejected, recalled, quarantined or released.")] string Kind,
    [property: Description("Block time.")] DateTimeOffset At,
    [property: Description("Who acted.")] PartyView Actor,
    [property: Description("The sender, for shipment steps.")] PartyView? From,
    [property: Description("The recipient (for a rejection: who gets the packs back).")] PartyView? To,
    [property: Description("The sender's country, for a dispatch.")] string? FromCountry,
    [property: Description("The recipient's country, for a dispatch.")] string? ToCountry,
    [property: Description("The country of a customs decision or a status change; null for a recall everywhere.")] string? Country,
    [property: Description("The shipment, for shipment steps.")] long? ShipmentId,
    [property: Description("Packs concerned.")] long? Quantity,
    [property: Description("The customs decision, for customs steps: release, hold or seize.")] string? CustomsDecision,
    [property: Description("SSCC of the logistic unit, for a dispatch that gave one.")] string? Sscc,
    [property: Description("The reason given, where there is one.")] string? Reason,
    [property: Description("The ledger proof.")] LedgerProof Proof);
