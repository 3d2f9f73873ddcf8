namespace PharmaTrace.Indexer.Epcis.Storage;

/// <summary>Where an identifier appears in an event, for the MATCH_ query parameters (EPCIS 2.0 §8.2.7.1).</summary>
public static class EpcisEpcKind
{
    /// <summary>An instance in <c>epcList</c> (MATCH_epc, MATCH_anyEPC).</summary>
    public const string Epc = "epc";

    /// <summary>A class in <c>quantityList</c> (MATCH_epcClass, MATCH_anyEPCClass).</summary>
    public const string Class = "class";
}
