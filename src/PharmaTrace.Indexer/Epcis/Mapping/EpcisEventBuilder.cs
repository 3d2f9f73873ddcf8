using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// Collects one ObjectEvent's fields, then writes the part of its document that the read model stores as JSON (the
/// rest is in the event's columns; <see cref="EpcisEventRenderer"/> puts the two together in the order of EPCIS 2.0
/// §7.4.2), straight to UTF-8 JSON with a <see cref="Utf8JsonWriter"/>: a catch-up maps a million events, and a tree of
/// JSON nodes per event cost several times the writing itself. <paramref name="buffer"/> is the mapper's scratch buffer,
/// reused from event to event.
/// </summary>
internal sealed class EpcisEventBuilder(string eventId, LedgerEvent ledgerEvent, string action, ArrayBufferWriter<byte> buffer)
{
    private static readonly JsonEncodedText EpcList = JsonEncodedText.Encode("epcList");
    private static readonly JsonEncodedText QuantityList = JsonEncodedText.Encode("quantityList");
    private static readonly JsonEncodedText EpcClass = JsonEncodedText.Encode("epcClass");
    private static readonly JsonEncodedText QuantityName = JsonEncodedText.Encode("quantity");
    private static readonly JsonEncodedText IlmdName = JsonEncodedText.Encode("ilmd");
    private static readonly JsonEncodedText LotNumber = JsonEncodedText.Encode("cbvmda:lotNumber");
    private static readonly JsonEncodedText ItemExpirationDate = JsonEncodedText.Encode("cbvmda:itemExpirationDate");
    private static readonly JsonEncodedText Ledger = JsonEncodedText.Encode("pt:ledger");
    private static readonly JsonEncodedText BlockHash = JsonEncodedText.Encode("pt:blockHash");
    private static readonly JsonEncodedText TransactionHash = JsonEncodedText.Encode("pt:transactionHash");

    // Extension names are few and fixed (the mapping's), so each is prefixed and encoded once.
    private static readonly ConcurrentDictionary<string, JsonEncodedText> ExtensionNames = new(StringComparer.Ordinal);

    private readonly List<string> _epcs = [];
    private readonly List<(string EpcClass, ulong? Quantity)> _quantities = [];
    private readonly List<string> _countries = [];
    private readonly List<ExtensionField> _extensions = [];
    private (string Lot, string Expiry)? _ilmd;

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

    /// <summary>A <c>pt:</c> extension field with a string value (null is written as JSON null).</summary>
    public EpcisEventBuilder Extension(string name, string? value) => Set(new ExtensionField(name, value, null, null));

    /// <summary>A <c>pt:</c> extension field with a number value.</summary>
    public EpcisEventBuilder Extension(string name, ulong value) => Set(new ExtensionField(name, null, value, null));

    /// <summary>A <c>pt:</c> extension field whose value is an object of string members (names written as given).</summary>
    public EpcisEventBuilder Extension(string name, IReadOnlyList<(string Name, string Value)> members) => Set(new ExtensionField(name, null, null, members));

    public EpcisEventBuilder Ilmd(string lot, string expiry)
    {
        _ilmd = (lot, expiry);
        return this;
    }

    /// <summary>
    /// The event, for the chain and contract <paramref name="chain"/>, with the part of its document the read model
    /// stores as JSON (<see cref="EpcisEventRenderer"/>): what no column of the event's row holds.
    /// </summary>
    public EpcisEvent Build(EpcisChain chain)
    {
        var context = ledgerEvent.Context;
        buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        if (_epcs.Count > 0)
        {
            json.WriteStartArray(EpcList);
            foreach (var epc in _epcs)
            {
                json.WriteStringValue(epc);
            }

            json.WriteEndArray();
        }

        if (_quantities.Count > 0)
        {
            json.WriteStartArray(QuantityList);
            foreach (var (epcClass, quantity) in _quantities)
            {
                json.WriteStartObject();
                json.WriteString(EpcClass, epcClass);
                if (quantity is { } n)
                {
                    // No uom: a count of instances of the class (EPCIS 2.0 §7.3.3.3).
                    json.WriteNumber(QuantityName, n);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (_ilmd is var (lot, expiry))
        {
            json.WriteStartObject(IlmdName);
            json.WriteString(LotNumber, lot);
            json.WriteString(ItemExpirationDate, expiry);
            json.WriteEndObject();
        }

        foreach (var extension in _extensions)
        {
            extension.Write(json, ExtensionNames.GetOrAdd(extension.Name, name => JsonEncodedText.Encode($"{EpcisNames.ExtensionPrefix}:{name}")));
        }

        json.WriteStartObject(Ledger);
        json.WriteString(BlockHash, context.BlockHash.ToString());
        json.WriteString(TransactionHash, context.TransactionHash.ToString());
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();

        var time = context.BlockTimestamp.ToUniversalTime();
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
            Chain = chain,
            StoredUtf8 = buffer.WrittenSpan.ToArray(),
        };
    }

    // A field set again keeps its first position and takes the new value, as a JSON object property would.
    private EpcisEventBuilder Set(ExtensionField extension)
    {
        var index = _extensions.FindIndex(e => e.Name == extension.Name);
        if (index >= 0)
        {
            _extensions[index] = extension;
        }
        else
        {
            _extensions.Add(extension);
        }

        return this;
    }

    /// <summary>One extension field: a string (or null), a number, or an object of strings.</summary>
    private readonly record struct ExtensionField(string Name, string? Text, ulong? Number, IReadOnlyList<(string Name, string Value)>? Members)
    {
        public void Write(Utf8JsonWriter json, JsonEncodedText name)
        {
            if (Number is { } number)
            {
                json.WriteNumber(name, number);
            }
            else if (Members is not null)
            {
                json.WriteStartObject(name);
                foreach (var (member, value) in Members)
                {
                    json.WriteString(member, value);
                }

                json.WriteEndObject();
            }
            else if (Text is null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, Text);
            }
        }
    }
}
