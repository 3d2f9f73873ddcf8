using PharmaTrace.Indexer.Epcis.Model;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>What EPCIS needs of a ledger participant: its GLN (13 digits) and ISO 3166-1 alpha-2 country.</summary>
public sealed record EpcisParty(string Gln, string Country)
{
    /// <summary>The party's location as Digital Link (AI 414), formatted once: parties never change.</summary>
    public string Location { get; } = EpcisIdentifiers.Location(Gln);
}
