using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>The decommissioning of an inactive pack; when and by whom only for callers who may see it.</summary>
[Description("Why the pack is inactive; when and by whom are shown to the same party, parties of its country and regulators.")]
public sealed record DecommissionSummary(
    [property: Description("dispensed, destroyed, stolen, sample, free_sample, exported or locked.")] string Reason,
    [property: Description("Whether when and by whom are shown to this caller.")] bool Disclosed,
    [property: Description("The party that decommissioned the pack.")] string? By,
    [property: Description("Its name.")] string? ByName,
    [property: Description("Its country.")] string? ByCountry,
    [property: Description("When (block time, UTC).")] DateTimeOffset? At,
    [property: Description("The decommission record, for an undo within 10 days.")] string? RecordId,
    [property: Description("The block.")] ulong? Block,
    [property: Description("The transaction.")] string? Transaction);
