using System.Globalization;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// A customs decision on a cross-border shipment, in CBV 2.0 terms:
/// release = <c>inspecting</c> / <c>in_transit</c> (inspected, the goods travel on to the recipient);
/// hold = <c>holding</c> / <c>sellable_not_accessible</c> (detained: still sellable, but nobody may access it
/// until customs decides, CBV 2.0 §7.2);
/// seize = <c>decommissioning</c> / <c>inactive</c>: the quantity leaves the supply chain for good (the contract
/// counts it as seized, never to be received). CBV pairs decommissioning with inactive; "destroyed" would claim a
/// destruction nobody recorded, "stolen" and "recalled" name other causes.
/// </summary>
internal static class EpcisCustomsMapping
{
    public static EpcisEventBuilder Decided(EpcisEventBuilder builder, ShipmentCustomsDecidedEvent e)
    {
        var (bizStep, disposition, decision) = e.Decision switch
        {
            CustomsDecision.Release => ("inspecting", "in_transit", "release"),
            CustomsDecision.Hold => ("holding", "sellable_not_accessible", "hold"),
            CustomsDecision.Seize => ("decommissioning", "inactive", "seize"),
            _ => throw new InvalidOperationException($"Unknown customs decision {(int)e.Decision}."),
        };
        var country = EpcisMasterData.CountryOrNull(e.Country);
        return builder.With(bizStep, disposition)
            .Country(country)
            .Extension("customsParty", e.Customs.ToLowerHexString())
            .Extension("country", country)
            .Extension("decision", decision)
            .Extension("reason", e.Reason)
            .Extension("quantity", e.Quantity.ToString(CultureInfo.InvariantCulture));
    }
}
