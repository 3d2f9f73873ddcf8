using PharmaTrace.Indexer.Epcis.Model;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>What EPCIS needs of a batch: GTIN (14 digits), lot, expiry (YYYY-MM-DD) and the registering country.</summary>
public sealed record EpcisBatch(string Gtin, string Lot, string Expiry, string Country)
{
    /// <summary>The batch as an LGTIN class (Digital Link), formatted once: batches never change.</summary>
    public string Lgtin { get; } = EpcisIdentifiers.Lgtin(Gtin, Lot);
}
