using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A member country.</summary>
[Description("A member country of the consortium and its regulator.")]
public sealed record CountryView(
    [property: Description("ISO 3166-1 alpha-2 code.")] string Code,
    [property: Description("The regulator's account, lowercase hex.")] string Regulator,
    [property: Description("The regulator's GLN, 13 digits.")] string Gln,
    [property: Description("The regulator's name.")] string Name,
    [property: Description("When the country joined (block time).")] DateTimeOffset AdmittedAt,
    [property: Description("The admission's ledger proof.")] LedgerProof Proof);
