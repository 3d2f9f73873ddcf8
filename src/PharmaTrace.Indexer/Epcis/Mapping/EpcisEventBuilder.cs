using System.Globalization;
using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>Collects one ObjectEvent's fields, then writes them in the order of EPCIS 2.0 §7.4.2 and its examples.</summary>
internal sealed class EpcisEventBuilder(string eventId, LedgerEvent ledgerEvent, string action)
{
    private readonly List<string> _epcs = [];
    private readonly List<(string EpcClass, ulong? Quantity)> _quantities = [];
    private readonly List<string> _countries = [];
    private readonly JsonObject _extensions = [];
    private JsonObject? _ilmd;

    public string? BizStep { get; set; }
    public string? Disposition { get; set; }
    public string? Location { get; set; }
    public string? Source { get; set; }
    public string? Destination { get; set; }

    public EpcisEventBuilder With(string? bizStep, string? disposition)
    {
        BizStep = bizStep;
        Disposition = disposition;
        return this;
    }

    public EpcisEventBuilder Epc(string epc)
    {
        _epcs.Add(epc);
        return this;
    }

    public EpcisEventBuilder Quantity(string epcClass, ulong? quantity)
    {
        _quantities.Add((epcClass, quantity));
        return this;
    }

    public EpcisEventBuilder Country(string? country)
    {
        if (!string.IsNullOrEmpty(country) && !_countries.Contains(country))
        {
            _countries.Add(country);
        }

        return this;
    }

    public EpcisEventBuilder Extension(string name, JsonNode? value)
    {
        _extensions[$"{EpcisNames.ExtensionPrefix}:{name}"] = value;
        return this;
    }

    public EpcisEventBuilder Ilmd(string lot, string expiry)
    {
        _ilmd = new JsonObject { ["cbvmda:lotNumber"] = lot, ["cbvmda:itemExpirationDate"] = expiry };
        return this;
    }

    public EpcisEvent Build(EpcisChain chain)
    {
        var context = ledgerEvent.Context;
        var time = context.BlockTimestamp.ToUniversalTime();
        var stamp = time.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var json = new JsonObject
        {
            ["type"] = EpcisNames.ObjectEvent,
            ["eventTime"] = stamp,
            ["recordTime"] = stamp,
            ["eventTimeZoneOffset"] = "+00:00",
            ["eventID"] = eventId,
        };
        if (_epcs.Count > 0)
        {
            json["epcList"] = new JsonArray([.. _epcs.Select(e => (JsonNode)JsonValue.Create(e))]);
        }

        if (_quantities.Count > 0)
        {
            json["quantityList"] = new JsonArray([.. _quantities.Select(Quantity)]);
        }

        json["action"] = action;
        Set(json, "bizStep", BizStep);
        Set(json, "disposition", Disposition);
        if (Location is not null)
        {
            json["readPoint"] = new JsonObject { ["id"] = Location };
            json["bizLocation"] = new JsonObject { ["id"] = Location };
        }

        if (Source is not null)
        {
            json["sourceList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["source"] = Source },
                new JsonObject { ["type"] = "location", ["source"] = Source });
        }

        if (Destination is not null)
        {
            json["destinationList"] = new JsonArray(new JsonObject { ["type"] = "owning_party", ["destination"] = Destination },
                new JsonObject { ["type"] = "location", ["destination"] = Destination });
        }

        if (_ilmd is not null)
        {
            json["ilmd"] = _ilmd;
        }

        json["pt:countries"] = new JsonArray([.. _countries.Select(c => (JsonNode)JsonValue.Create(c))]);
        // A JsonNode has one parent: move each extension from the collecting object into the event.
        foreach (var (name, value) in _extensions.ToList())
        {
            _extensions.Remove(name);
            json[name] = value;
        }

        json["pt:ledger"] = new JsonObject
        {
            ["pt:chainId"] = chain.ChainId.ToString(CultureInfo.InvariantCulture),
            ["pt:contract"] = chain.Contract.ToLowerHexString(),
            ["pt:blockNumber"] = context.BlockNumber,
            ["pt:blockHash"] = context.BlockHash.ToString(),
            ["pt:transactionHash"] = context.TransactionHash.ToString(),
            ["pt:logIndex"] = context.LogIndex,
        };

        return new EpcisEvent
        {
            EventId = eventId,
            EventType = EpcisNames.ObjectEvent,
            EventTime = time,
            RecordTime = time,
            Action = action,
            BizStep = BizStep,
            Disposition = Disposition,
            ReadPoint = Location,
            BizLocation = Location,
            SourceOwningParty = Source,
            DestinationOwningParty = Destination,
            Epcs = _epcs,
            EpcClasses = [.. _quantities.Select(q => q.EpcClass)],
            Countries = _countries,
            BlockNumber = context.BlockNumber,
            LogIndex = context.LogIndex,
            Document = json,
        };
    }

    private static JsonNode Quantity((string EpcClass, ulong? Quantity) q)
    {
        var element = new JsonObject { ["epcClass"] = q.EpcClass };
        if (q.Quantity is { } n)
        {
            // No uom: a count of instances of the class (EPCIS 2.0 §7.3.3.3).
            element["quantity"] = n;
        }

        return element;
    }

    private static void Set(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
