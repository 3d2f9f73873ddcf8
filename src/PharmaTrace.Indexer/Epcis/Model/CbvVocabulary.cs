namespace PharmaTrace.Indexer.Epcis.Model;

/// <summary>
/// The CBV 2.0 business steps and dispositions (standards/epcis/context/cbv-context-bizstep.jsonld and
/// cbv-context-disposition.jsonld), and the two URI forms of each that a query may use instead of the bare word.
/// </summary>
public static class CbvVocabulary
{
    private const string WebBizStep = "https://ref.gs1.org/cbv/BizStep-";
    private const string UrnBizStep = "urn:epcglobal:cbv:bizstep:";
    private const string WebDisposition = "https://ref.gs1.org/cbv/Disp-";
    private const string UrnDisposition = "urn:epcglobal:cbv:disp:";

    /// <summary>
    /// Every CBV 2.0 business step. A word's position is its code in the read model (<see cref="Storage.EpcisSchema"/>):
    /// a new word goes at the end, or the read model's schema version rises.
    /// </summary>
    public static readonly IReadOnlyList<string> BizStepWords =
    [
        "accepting", "arriving", "assembling", "collecting", "commissioning", "consigning", "creating_class_instance",
        "cycle_counting", "decommissioning", "departing", "destroying", "disassembling", "dispensing", "encoding",
        "entering_exiting", "holding", "inspecting", "installing", "killing", "loading", "other", "packing", "picking",
        "receiving", "removing", "repackaging", "repairing", "replacing", "reserving", "retail_selling", "sampling",
        "sensor_reporting", "shipping", "staging_outbound", "stock_taking", "stocking", "storing", "transporting",
        "unloading", "unpacking", "void_shipping",
    ];

    /// <summary>Every CBV 2.0 business step.</summary>
    public static readonly IReadOnlySet<string> BizSteps = new HashSet<string>(BizStepWords, StringComparer.Ordinal);

    /// <summary>Every CBV 2.0 disposition; a word's position is its code, as for <see cref="BizStepWords"/>.</summary>
    public static readonly IReadOnlyList<string> DispositionWords =
    [
        "active", "available", "completeness_inferred", "completeness_verified", "conformant", "container_closed",
        "container_open", "damaged", "destroyed", "dispensed", "disposed", "encoded", "expired", "in_progress",
        "in_transit", "inactive", "mismatch_class", "mismatch_instance", "mismatch_quantity", "needs_replacement",
        "no_pedigree_match", "non_conformant", "non_sellable_other", "partially_dispensed", "recalled", "reserved",
        "retail_sold", "returned", "sellable_accessible", "sellable_not_accessible", "stolen", "unavailable", "unknown",
    ];

    /// <summary>Every CBV 2.0 disposition.</summary>
    public static readonly IReadOnlySet<string> Dispositions = new HashSet<string>(DispositionWords, StringComparer.Ordinal);

    /// <summary>The bare CBV word of a business step given as a bare word, a Web URI or a URN; null when it is none of those.</summary>
    public static string? BizStep(string value) => Bare(value, WebBizStep, UrnBizStep, BizSteps);

    /// <summary>The bare CBV word of a disposition given as a bare word, a Web URI or a URN; null when it is none of those.</summary>
    public static string? Disposition(string value) => Bare(value, WebDisposition, UrnDisposition, Dispositions);

    private static string? Bare(string value, string web, string urn, IReadOnlySet<string> words)
    {
        var word = value.StartsWith(web, StringComparison.Ordinal) ? value[web.Length..]
            : value.StartsWith(urn, StringComparison.Ordinal) ? value[urn.Length..]
            : value;
        return words.Contains(word) ? word : null;
    }
}
