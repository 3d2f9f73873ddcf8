using System.Globalization;
using static PharmaTrace.Ledger.Contracts.PharmaLedger;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// Pack-level events. The ledger knows a pack by its leaf index and serial hash, never its serial, so no SGTIN can
/// be written: the pack is the batch's LGTIN with quantity 1, and <c>pt:leafIndex</c> + <c>pt:serialHash</c>
/// (keccak256 of the serial) identify it; whoever holds the serial can check the hash.
/// </summary>
internal static class EpcisPackMapping
{
    /// <summary>
    /// EU FMD decommissioning reasons in CBV 2.0 terms: dispensed = dispensing/dispensed; destroyed =
    /// destroying/destroyed; stolen = decommissioning/stolen; sample = sampling/inactive (taken out of trade);
    /// free sample = dispensing/dispensed (handed to a healthcare professional); exported =
    /// decommissioning/inactive (leaves the ledger's territory); locked = holding/non_sellable_other.
    /// </summary>
    public static EpcisEventBuilder Decommissioned(EpcisEventBuilder builder, PackDecommissionedEvent e)
    {
        var (bizStep, disposition) = Steps(e.Reason);
        return Pack(builder.With(bizStep, disposition), e.Index, e.SerialHash.ToString())
            .Extension("decommissionReason", Name(e.Reason))
            .Extension("recordId", e.RecordId.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>An undo (EU FMD, within 10 days): the pack is active again. CBV has no step for an undo, so none is given.</summary>
    public static EpcisEventBuilder Reactivated(EpcisEventBuilder builder, PackReactivatedEvent e) =>
        Pack(builder.With(null, "active"), e.Index, null)
            .Extension("recordId", e.RecordId.ToString(CultureInfo.InvariantCulture));

    /// <summary>A second decommissioning of the same pack, refused by the ledger: the pack's state does not change, so no disposition.</summary>
    public static EpcisEventBuilder Alert(EpcisEventBuilder builder, FalsificationAlertRaisedEvent e) =>
        Pack(builder.With("inspecting", null), e.Index, e.SerialHash.ToString())
            .Extension("alert", [("pt:type", "falsification"), ("pt:attemptedReason", Name(e.AttemptedReason))]);

    private static EpcisEventBuilder Pack(EpcisEventBuilder builder, uint index, string? serialHash)
    {
        builder.Extension("leafIndex", index);
        return serialHash is null ? builder : builder.Extension("serialHash", serialHash);
    }

    private static (string BizStep, string Disposition) Steps(DecommissionReason reason) => reason switch
    {
        DecommissionReason.Dispensed => ("dispensing", "dispensed"),
        DecommissionReason.Destroyed => ("destroying", "destroyed"),
        DecommissionReason.Stolen => ("decommissioning", "stolen"),
        DecommissionReason.Sample => ("sampling", "inactive"),
        DecommissionReason.FreeSample => ("dispensing", "dispensed"),
        DecommissionReason.Exported => ("decommissioning", "inactive"),
        DecommissionReason.Locked => ("holding", "non_sellable_other"),
        _ => throw new InvalidOperationException($"Unknown decommission reason {(int)reason}."),
    };

    private static string Name(DecommissionReason reason) => reason switch
    {
        DecommissionReason.FreeSample => "free_sample",
        _ => reason.ToString().ToLowerInvariant(),
    };
}
