using System.Text.Json.Nodes;

namespace PharmaTrace.Indexer.Epcis.Model;

/// <summary>
/// One EPCIS event made from a ledger event: the JSON-LD event (identifiers as Digital Link) and the fields the
/// query interface filters on, pulled out so storage never parses the document.
/// </summary>
public sealed record EpcisEvent
{
    public required string EventId { get; init; }
    public required string EventType { get; init; }
    public required DateTimeOffset EventTime { get; init; }
    public required DateTimeOffset RecordTime { get; init; }
    public required string Action { get; init; }
    public string? BizStep { get; init; }
    public string? Disposition { get; init; }
    public string? ReadPoint { get; init; }
    public string? BizLocation { get; init; }
    public string? SourceOwningParty { get; init; }
    public string? DestinationOwningParty { get; init; }

    /// <summary>Instance identifiers (<c>epcList</c>).</summary>
    public required IReadOnlyList<string> Epcs { get; init; }

    /// <summary>Class identifiers (<c>quantityList[].epcClass</c>).</summary>
    public required IReadOnlyList<string> EpcClasses { get; init; }

    /// <summary>The ISO 3166-1 alpha-2 countries the event concerns (<c>pt:countries</c>).</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public required ulong BlockNumber { get; init; }
    public required int LogIndex { get; init; }

    /// <summary>
    /// The event as JSON-LD, UTF-8, identifiers as Digital Link: what the read model stores and serves. Kept as the
    /// writer produced it, so a catch-up neither decodes a million documents to UTF-16 nor encodes them back for SQLite.
    /// </summary>
    public required byte[] DocumentUtf8 { get; init; }

    /// <summary>The document as text (<see cref="DocumentUtf8"/> decoded).</summary>
    public string DocumentJson => System.Text.Encoding.UTF8.GetString(DocumentUtf8);

    /// <summary>
    /// The event as JSON-LD, identifiers as Digital Link: <see cref="DocumentJson"/> parsed, a new tree on every read
    /// (the projection never reads it).
    /// </summary>
    public JsonObject Document => (JsonObject)JsonNode.Parse(DocumentJson)!;
}
