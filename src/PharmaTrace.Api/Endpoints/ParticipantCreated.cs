using System.ComponentModel;
using PharmaTrace.Api.Writes;

namespace PharmaTrace.Api.Endpoints;

/// <summary>The answer to an admission.</summary>
[Description("An admitted participant; apiKey is shown once, for a participant whose key this service hosts.")]
public sealed record ParticipantCreated(
    [property: Description("The participant's address (EIP-55).")] string Address,
    [property: Description("Manufacturer, Wholesaler, Customs or Pharmacy.")] string Role,
    [property: Description("ISO 3166-1 alpha-2 country, the regulator's.")] string Country,
    [property: Description("GLN-13.")] string Gln,
    [property: Description("The participant's name.")] string Name,
    [property: Description("Whether this service holds the participant's signing key.")] bool Hosted,
    [property: Description("The first API key, shown only in this answer; null when the participant signs on its own node.")] string? ApiKey,
    [property: Description("The admission's transaction(s).")] OperationStatus Operation);
