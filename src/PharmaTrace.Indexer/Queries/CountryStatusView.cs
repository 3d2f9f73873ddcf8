using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A batch's status in one country.</summary>
[Description("A batch's status in one country: recalled or quarantined there, or normal again after a release.")]
public sealed record CountryStatusView(
    [property: Description("ISO 3166-1 alpha-2 country.")] string Country,
    [property: Description("normal, quarantined or recalled.")] string Status,
    [property: Description("When this status was set (block time).")] DateTimeOffset Since,
    [property: Description("The regulator that set it.")] PartyView Actor,
    [property: Description("The reason given.")] string Reason,
    [property: Description("The ledger proof of the change.")] LedgerProof Proof);
