namespace PharmaTrace.Indexer.Epcis.Model;

/// <summary>The versions, JSON-LD contexts and extension namespace every document we serve declares.</summary>
public static class EpcisNames
{
    /// <summary>The normative EPCIS 2.0 JSON-LD context (EPCIS 2.0 §9.2); it also defines the <c>cbvmda</c> prefix.</summary>
    public const string Context = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";

    /// <summary>Our extension namespace; every non-standard field is a <c>pt:</c> CURIE (EPCIS 2.0 §9.6, user extensions).</summary>
    public const string ExtensionNamespace = "https://pharmatrace.example/epcis/";

    /// <summary>The prefix bound to <see cref="ExtensionNamespace"/> in every document's <c>@context</c>.</summary>
    public const string ExtensionPrefix = "pt";

    /// <summary>The EPCIS version served (REST binding header <c>GS1-EPCIS-Version</c>).</summary>
    public const string EpcisVersion = "2.0.0";

    /// <summary>The CBV version whose values the events use (REST binding header <c>GS1-CBV-Version</c>).</summary>
    public const string CbvVersion = "2.0.0";

    /// <summary>The <c>schemaVersion</c> of the documents.</summary>
    public const string SchemaVersion = "2.0";

    /// <summary>The only event type the ledger's events map to.</summary>
    public const string ObjectEvent = "ObjectEvent";

    /// <summary>The event types of EPCIS 2.0 §7.4; a query may name any of them.</summary>
    public static readonly IReadOnlySet<string> EventTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent",
    };
}
