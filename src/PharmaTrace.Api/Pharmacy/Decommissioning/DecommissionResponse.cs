using System.ComponentModel;
using PharmaTrace.Api.Writes;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>The outcome of a decommissioning.</summary>
[Description("The basket's decommissioning: the operation, the undo record and the packs.")]
public sealed record DecommissionResponse(
    [property: Description("The write operation (poll GET /api/v1/operations/{id} when 202).")] OperationStatus Operation,
    [property: Description("The decommission record to undo within 10 days; null until mined.")] string? RecordId,
    [property: Description("The reason.")] string Reason,
    [property: Description("The packs.")] IReadOnlyList<DecommissionedPack> Packs);
