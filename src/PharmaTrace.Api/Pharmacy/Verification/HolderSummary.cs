using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>A current holder of units of the batch.</summary>
[Description("A participant holding units of the batch.")]
public sealed record HolderSummary(
    [property: Description("Address.")] string Address,
    [property: Description("Name, when known.")] string? Name,
    [property: Description("Country, when known.")] string? Country,
    [property: Description("Units held.")] long Quantity);
