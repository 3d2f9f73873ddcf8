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

    /// <summary>The chain and contract of the event's ledger proof.</summary>
    public required Mapping.EpcisChain Chain { get; init; }

    /// <summary>
    /// The part of the event's JSON-LD document that the read model stores as JSON, UTF-8: what the event's columns do
    /// not hold (<see cref="Mapping.EpcisEventRenderer"/>). Kept as the writer produced it, so a catch-up neither decodes
    /// a million of them to UTF-16 nor encodes them back for the database.
    /// </summary>
    public required byte[] StoredUtf8 { get; init; }

    /// <summary>
    /// The event as JSON-LD, identifiers as Digital Link, as the read model serves it: <see cref="StoredUtf8"/> and these
    /// fields put together, a new tree on every read (the projection never reads it).
    /// </summary>
    public JsonObject Document => Mapping.EpcisEventRenderer.Render(
        new Mapping.EpcisEventColumns(EventId, EventTime.ToUnixTimeMilliseconds(), Action, BizStep, Disposition, BizLocation, SourceOwningParty,
            DestinationOwningParty, Countries, BlockNumber, LogIndex),
        Chain, (JsonObject)JsonNode.Parse(StoredUtf8)!);
}
