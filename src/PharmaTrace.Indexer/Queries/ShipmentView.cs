using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A shipment of part of a batch from one participant to another.</summary>
[Description("A shipment and every step of it, each with its ledger proof.")]
public sealed record ShipmentView(
    [property: Description("The ledger's shipment id.")] long ShipmentId,
    [property: Description("The batch id, keccak256(abi.encode(gtin, lot)).")] string BatchId,
    [property: Description("GTIN-14 of the batch.")] string Gtin,
    [property: Description("Lot of the batch.")] string Lot,
    [property: Description("The sender.")] PartyView From,
    [property: Description("The recipient.")] PartyView To,
    [property: Description("The sender's country.")] string FromCountry,
    [property: Description("The recipient's country.")] string ToCountry,
    [property: Description("Packs shipped.")] long Quantity,
    [property: Description("SSCC of the logistic unit, 18 digits, if given.")] string? Sscc,
    [property: Description("dispatched, held, released, seized, received or rejected.")] string Status,
    [property: Description("The steps, in chain order.")] IReadOnlyList<ShipmentStepView> Steps);
