using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>An admitted participant and its current status.</summary>
[Description("A participant of the consortium, admitted by its country's regulator.")]
public sealed record ParticipantView(
    [property: Description("The account address, lowercase hex.")] string Address,
    [property: Description("ISO 3166-1 alpha-2 country.")] string Country,
    [property: Description("manufacturer, wholesaler, customs or pharmacy.")] string Role,
    [property: Description("GLN, 13 digits.")] string Gln,
    [property: Description("The name it was admitted with.")] string Name,
    [property: Description("The regulator that admitted it.")] string AdmittedBy,
    [property: Description("active or suspended.")] string Status,
    [property: Description("When it was admitted (block time).")] DateTimeOffset AdmittedAt,
    [property: Description("The admission's ledger proof.")] LedgerProof Proof);
