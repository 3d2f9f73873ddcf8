using System.Text.Json.Nodes;

namespace PharmaTrace.Indexer.Epcis.Model;

/// <summary>
/// Wraps stored events as the two JSON-LD documents of EPCIS 2.0 §9 (EPCISDocument for capture/export,
/// EPCISQueryDocument for query results, REST binding response 200EPCISQueryDocument), translating identifiers to
/// the requested <see cref="EpcFormat"/>.
/// </summary>
public static class EpcisDocuments
{
    /// <summary>The query name of the REST binding's <c>GET /events</c> results.</summary>
    public const string SimpleEventQuery = "SimpleEventQuery";

    public static JsonObject Document(IEnumerable<JsonObject> events, EpcFormat format, DateTimeOffset creationDate) => new()
    {
        ["@context"] = Context(),
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = EpcisNames.SchemaVersion,
        ["creationDate"] = Mapping.EpcisEventRenderer.Timestamp(creationDate),
        ["epcisBody"] = new JsonObject { ["eventList"] = EventList(events, format) },
    };

    public static JsonObject QueryDocument(IEnumerable<JsonObject> events, EpcFormat format, DateTimeOffset creationDate) => new()
    {
        ["@context"] = Context(),
        ["type"] = "EPCISQueryDocument",
        ["schemaVersion"] = EpcisNames.SchemaVersion,
        ["creationDate"] = Mapping.EpcisEventRenderer.Timestamp(creationDate),
        ["epcisBody"] = new JsonObject
        {
            ["queryResults"] = new JsonObject
            {
                ["queryName"] = SimpleEventQuery,
                ["resultsBody"] = new JsonObject { ["eventList"] = EventList(events, format) },
            },
        },
    };

    /// <summary>A copy of <paramref name="digitalLinkEvent"/> with every identifier field written in <paramref name="format"/>.</summary>
    public static JsonObject Translate(JsonObject digitalLinkEvent, EpcFormat format)
    {
        ArgumentNullException.ThrowIfNull(digitalLinkEvent);
        var copy = (JsonObject)digitalLinkEvent.DeepClone();
        if (format == EpcFormat.DigitalLink)
        {
            return copy;
        }

        if (copy["epcList"] is JsonArray epcs)
        {
            for (var i = 0; i < epcs.Count; i++)
            {
                epcs[i] = EpcisIdentifiers.ToUrn(epcs[i]!.GetValue<string>());
            }
        }

        foreach (var quantity in (copy["quantityList"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            quantity["epcClass"] = EpcisIdentifiers.ToUrn(quantity["epcClass"]!.GetValue<string>());
        }

        foreach (var place in new[] { "readPoint", "bizLocation" })
        {
            if (copy[place] is JsonObject location)
            {
                location["id"] = EpcisIdentifiers.ToUrn(location["id"]!.GetValue<string>());
            }
        }

        TranslateList(copy["sourceList"], "source");
        TranslateList(copy["destinationList"], "destination");
        return copy;
    }

    private static void TranslateList(JsonNode? list, string field)
    {
        foreach (var entry in (list as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            entry[field] = EpcisIdentifiers.ToUrn(entry[field]!.GetValue<string>());
        }
    }

    private static JsonArray EventList(IEnumerable<JsonObject> events, EpcFormat format) =>
        new([.. events.Select(e => (JsonNode)Translate(e, format))]);

    private static JsonArray Context() =>
        new(EpcisNames.Context, new JsonObject { [EpcisNames.ExtensionPrefix] = EpcisNames.ExtensionNamespace });
}
