using System.Globalization;
using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis.Model;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// The fields of an event that its row in the read model holds as columns: its ID and time, what happened, where and
/// between whom (locations and parties as Digital Link URIs), the countries it concerns and its place in the chain.
/// </summary>
public sealed record EpcisEventColumns(
    string EventId,
    long EventTimeMilliseconds,
    string Action,
    string? BizStep,
    string? Disposition,
    string? Location,
    string? Source,
    string? Destination,
    IReadOnlyList<string> Countries,
    ulong BlockNumber,
    int LogIndex);

/// <summary>
/// Puts an ObjectEvent's document together from its columns and the JSON the read model stores beside them
/// (<see cref="EpcisEventBuilder"/> writes it: the identifiers, <c>ilmd</c>, the extensions, and the block and
/// transaction hashes), in the order of EPCIS 2.0 §7.4.2 and its examples. A catch-up writes a million events, and
/// what the columns already hold (times, ID, step, locations, parties, countries, chain and position), written again in
/// every document, was half of its bytes; a page of 100 is put together in well under a millisecond.
/// </summary>
public static class EpcisEventRenderer
{
    private const string LedgerName = "pt:ledger";
    private static readonly string[] PartyTypes = ["owning_party", "location"];

    /// <summary>The whole event: <paramref name="stored"/>'s members move into it, so the stored tree is spent.</summary>
    public static JsonObject Render(EpcisEventColumns columns, EpcisChain chain, JsonObject stored)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(stored);
        var stamp = Timestamp(DateTimeOffset.FromUnixTimeMilliseconds(columns.EventTimeMilliseconds));
        var e = new JsonObject
        {
            ["type"] = EpcisNames.ObjectEvent,
            ["eventTime"] = stamp,
            ["recordTime"] = stamp,
            ["eventTimeZoneOffset"] = "+00:00",
            ["eventID"] = columns.EventId,
        };
        Move(stored, e, "epcList");
        Move(stored, e, "quantityList");
        e["action"] = columns.Action;
        if (columns.BizStep is not null)
        {
            e["bizStep"] = columns.BizStep;
        }

        if (columns.Disposition is not null)
        {
            e["disposition"] = columns.Disposition;
        }

        if (columns.Location is not null)
        {
            e["readPoint"] = new JsonObject { ["id"] = columns.Location };
            e["bizLocation"] = new JsonObject { ["id"] = columns.Location };
        }

        // A source or destination is both the owning party and the location, as the party's GLN.
        Parties(e, "sourceList", "source", columns.Source);
        Parties(e, "destinationList", "destination", columns.Destination);
        Move(stored, e, "ilmd");
        e["pt:countries"] = new JsonArray([.. columns.Countries.Select(c => (JsonNode?)JsonValue.Create(c))]);
        stored.Remove(LedgerName, out var storedLedger);
        foreach (var name in stored.Select(member => member.Key).ToList())
        {
            Move(stored, e, name);
        }

        e[LedgerName] = new JsonObject
        {
            ["pt:chainId"] = chain.ChainIdText,
            ["pt:contract"] = chain.ContractText,
            ["pt:blockNumber"] = columns.BlockNumber,
            ["pt:blockHash"] = storedLedger?["pt:blockHash"]?.GetValue<string>(),
            ["pt:transactionHash"] = storedLedger?["pt:transactionHash"]?.GetValue<string>(),
            ["pt:logIndex"] = columns.LogIndex,
        };
        return e;
    }

    /// <summary>EPCIS times as this repository writes them (<c>eventTime</c>, <c>recordTime</c>, <c>creationDate</c>): UTC, milliseconds, <c>Z</c>.</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static void Move(JsonObject from, JsonObject to, string name)
    {
        if (from.Remove(name, out var node))
        {
            to[name] = node;
        }
    }

    private static void Parties(JsonObject e, string list, string field, string? party)
    {
        if (party is not null)
        {
            e[list] = new JsonArray([.. PartyTypes.Select(type => (JsonNode?)new JsonObject { ["type"] = type, [field] = party })]);
        }
    }
}
