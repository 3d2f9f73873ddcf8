using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>Recalls in force for a batch.</summary>
[Description("A manufacturer's recall applies everywhere; a regulator's in its own country.")]
public sealed record RecallSummary(
    [property: Description("True when the manufacturer recalled the batch everywhere.")] bool Everywhere,
    [property: Description("Countries whose regulator recalled the batch.")] IReadOnlyList<string> Countries);
