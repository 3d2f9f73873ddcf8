using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>An account as the consortium knows it.</summary>
[Description("An account with the name, GLN, country and role it was admitted with (null when it is not an admitted participant).")]
public sealed record PartyView(
    [property: Description("The account address, lowercase hex.")] string Address,
    [property: Description("The name it was admitted with.")] string? Name,
    [property: Description("Its GLN, 13 digits.")] string? Gln,
    [property: Description("Its ISO 3166-1 alpha-2 country.")] string? Country,
    [property: Description("Its role: regulator, manufacturer, wholesaler, customs or pharmacy.")] string? Role);
