using System.Globalization;
using Microsoft.Extensions.Primitives;
using PharmaTrace.Indexer.Epcis.Model;

namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>
/// Reads the REST binding's query string (openapi.yaml, <c>GET /events</c>): list parameters are pipe-delimited
/// (<c>style: pipeDelimited</c>) and may repeat; an unknown or unsupported parameter, or a value breaking its rule,
/// raises <see cref="EpcisQueryParameterException"/> as EPCIS 2.0 §8.2.7.1 requires.
/// </summary>
public static class EpcisQueryParser
{
    public const int DefaultPerPage = 30;
    public const int MaxPerPage = 1000;

    /// <summary>Our extension parameter (EQ_fieldname over the <c>pt:countries</c> field of every event).</summary>
    public const string CountryParameter = "EQ_pt:countries";

    public static EpcisQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var query = new EpcisQuery();
        foreach (var (name, values) in parameters)
        {
            query = Apply(query, name, [.. values.Where(v => v is not null).SelectMany(v => v!.Split('|'))]);
        }

        if (query.EventCountLimit is not null && query.OrderBy is null)
        {
            throw new EpcisQueryParameterException("eventCountLimit", "may only be used together with orderBy");
        }

        return query;
    }

    private static EpcisQuery Apply(EpcisQuery q, string name, string[] values) => name switch
    {
        "eventType" => q with { EventTypes = Words(name, values, EpcisNames.EventTypes.Contains, "an EPCIS 2.0 event type (ObjectEvent, AggregationEvent, ...)") },
        "GE_eventTime" => q with { GeEventTime = Time(name, values) },
        "LT_eventTime" => q with { LtEventTime = Time(name, values) },
        "GE_recordTime" => q with { GeRecordTime = Time(name, values) },
        "LT_recordTime" => q with { LtRecordTime = Time(name, values) },
        "EQ_action" => q with { Actions = Words(name, values, v => v is "ADD" or "OBSERVE" or "DELETE", "one of ADD, OBSERVE, DELETE") },
        "EQ_bizStep" => q with { BizSteps = Cbv(name, values, CbvVocabulary.BizStep, "a CBV 2.0 business step, as a bare word or its URI") },
        "EQ_disposition" => q with { Dispositions = Cbv(name, values, CbvVocabulary.Disposition, "a CBV 2.0 disposition, as a bare word or its URI") },
        "EQ_bizLocation" => q with { BizLocations = Identifiers(name, values) },
        "EQ_readPoint" => q with { ReadPoints = Identifiers(name, values) },
        "MATCH_epc" => q with { MatchEpc = Identifiers(name, values) },
        "MATCH_anyEPC" => q with { MatchAnyEpc = Identifiers(name, values) },
        "MATCH_epcClass" => q with { MatchEpcClass = Identifiers(name, values) },
        "EQ_source_owning_party" => q with { SourceOwningParties = Identifiers(name, values) },
        "EQ_destination_owning_party" => q with { DestinationOwningParties = Identifiers(name, values) },
        "EQ_eventID" => q with { EventIds = Words(name, values, v => Uri.TryCreate(v, UriKind.Absolute, out _), "an absolute URI") },
        CountryParameter => q with { Countries = Words(name, values, v => v.Length == 2 && v.All(char.IsAsciiLetterUpper), "an ISO 3166-1 alpha-2 code such as DE") },
        "orderBy" => q with { OrderBy = One(name, values, v => v is "eventTime" or "recordTime", "eventTime or recordTime") },
        "orderDirection" => q with { Descending = One(name, values, v => v is "ASC" or "DESC", "ASC or DESC") == "DESC" },
        "eventCountLimit" => q with { EventCountLimit = Positive(name, values, int.MaxValue) },
        "perPage" => q with { PerPage = Positive(name, values, MaxPerPage) },
        "nextPageToken" => q with { NextPageToken = One(name, values, v => v.Length > 0, "a token from a Link header") },
        _ => throw new EpcisQueryParameterException(name, "is not a query parameter this repository supports (see the OpenAPI document)"),
    };

    private static string[] Words(string name, string[] values, Func<string, bool> valid, string rule)
    {
        if (values.Length == 0)
        {
            throw new EpcisQueryParameterException(name, $"needs at least one value, each {rule}");
        }

        foreach (var value in values.Where(v => !valid(v)))
        {
            throw new EpcisQueryParameterException(name, $"'{value}' is not {rule}");
        }

        return values;
    }

    private static string[] Cbv(string name, string[] values, Func<string, string?> bare, string rule) =>
        [.. values.Select(v => bare(v) ?? throw new EpcisQueryParameterException(name, $"'{v}' is not {rule}"))];

    private static string[] Identifiers(string name, string[] values) =>
        values.Length == 0
            ? throw new EpcisQueryParameterException(name, "needs at least one value")
            : [.. values.Select(v => EpcisIdentifiers.Normalize(v)
                ?? throw new EpcisQueryParameterException(name, $"'{v}' is neither a GS1 Digital Link URI nor an EPC URN"))];

    private static string One(string name, string[] values, Func<string, bool> valid, string rule) =>
        values.Length == 1 && valid(values[0])
            ? values[0]
            : throw new EpcisQueryParameterException(name, $"must be one value: {rule}");

    private static long Time(string name, string[] values)
    {
        var text = One(name, values, v => v.Length > 0, "an RFC 3339 date-time with offset");
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) && text.Contains('T', StringComparison.Ordinal)
            ? time.ToUnixTimeMilliseconds()
            : throw new EpcisQueryParameterException(name, $"'{text}' is not an RFC 3339 date-time such as 2026-01-31T12:00:00Z");
    }

    private static int Positive(string name, string[] values, int max)
    {
        var text = One(name, values, v => v.Length > 0, "a positive integer");
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
            ? n
            : throw new EpcisQueryParameterException(name, $"'{text}' is not an integer from 1 to {max}");
    }
}
