using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>Reactivates packs of a decommission record, within 10 days, by the party that made it.</summary>
[Description("The decommission record to undo and, optionally, which of its packs (all that remain when absent).")]
public sealed record UndoDecommissionRequest(
    [property: Description("The record id a decommissioning returned.")] string? RecordId,
    [property: Description("The codes of the packs to reactivate; absent or empty for every pack the record still holds.")] IReadOnlyList<string?>? Codes);
