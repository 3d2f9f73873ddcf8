using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>A basket of packs to take out of the supply chain in one transaction.</summary>
[Description("The scanned codes of a basket of packs and why they leave the supply chain.")]
public sealed record DecommissionRequest(
    [property: Description("The packs' GS1 codes (any form the parser reads), 1 to 500, each with AI (01) and (21).")] IReadOnlyList<string?>? Codes,
    [property: Description("dispensed, destroyed, stolen, sample, free_sample, exported or locked.")] string? Reason);
