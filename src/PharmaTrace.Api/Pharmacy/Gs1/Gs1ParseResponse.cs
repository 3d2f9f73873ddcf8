using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>What a code holds.</summary>
[Description("The parsed code: every AI found, in ascending AI order, and the identifiers it carries.")]
public sealed record Gs1ParseResponse(
    [property: Description("The AIs found, ascending by AI.")] IReadOnlyList<Gs1ElementFound> Elements,
    [property: Description("The normalised identifiers.")] Gs1Identifiers Identifiers,
    [property: Description("The bracketed, human-readable form.")] string Bracketed);
