namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>Country codes as stored for the <c>EQ_pt:countries</c> filter.</summary>
public static class EpcisCountries
{
    /// <summary>A manufacturer's recall (country 0x0000 on the ledger) concerns every country; such events match any country filter.</summary>
    public const string Everywhere = "*";
}
