using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>One event in a shipment's life.</summary>
[Description("One step of a shipment: dispatched, customs_release, customs_hold, customs_seize, received or rejected.")]
public sealed record ShipmentStepView(
    [property: Description("dispatched, customs_release, customs_hold, customs_seize, received or rejected.")] string Kind,
    [property: Description("Who acted: the sender, the customs officer or the recipient.")] PartyView Actor,
    [property: Description("The customs officer's country, for customs steps.")] string? Country,
    [property: Description("Packs concerned.")] long Quantity,
    [property: Description("The reason given, for customs decisions and rejections.")] string? Reason,
    [property: Description("Block time.")] DateTimeOffset At,
    [property: Description("The ledger proof.")] LedgerProof Proof);
