using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace PharmaTrace.Indexer.Epcis.Http;

/// <summary>
/// The query parameters of <c>GET /epcis/events</c>, declared for the OpenAPI document. Values are read and
/// validated by <see cref="Query.EpcisQueryParser"/> from the raw query string, so that an unknown parameter is
/// refused as EPCIS requires; list values are pipe-delimited.
/// </summary>
public sealed record EpcisEventsRequest
{
    [FromQuery(Name = "eventType"), Description("Event types, pipe-delimited (e.g. ObjectEvent).")]
    public string? EventType { get; init; }

    [FromQuery(Name = "GE_eventTime"), Description("Only events with eventTime >= this RFC 3339 date-time.")]
    public string? GeEventTime { get; init; }

    [FromQuery(Name = "LT_eventTime"), Description("Only events with eventTime < this RFC 3339 date-time.")]
    public string? LtEventTime { get; init; }

    [FromQuery(Name = "GE_recordTime"), Description("Only events with recordTime >= this RFC 3339 date-time.")]
    public string? GeRecordTime { get; init; }

    [FromQuery(Name = "LT_recordTime"), Description("Only events with recordTime < this RFC 3339 date-time.")]
    public string? LtRecordTime { get; init; }

    [FromQuery(Name = "EQ_action"), Description("ADD, OBSERVE or DELETE, pipe-delimited.")]
    public string? EqAction { get; init; }

    [FromQuery(Name = "EQ_bizStep"), Description("CBV 2.0 business steps as bare words (shipping) or URIs (https://ref.gs1.org/cbv/BizStep-shipping, urn:epcglobal:cbv:bizstep:shipping).")]
    public string? EqBizStep { get; init; }

    [FromQuery(Name = "EQ_disposition"), Description("CBV 2.0 dispositions as bare words (in_transit) or URIs.")]
    public string? EqDisposition { get; init; }

    [FromQuery(Name = "EQ_bizLocation"), Description("Business locations: GS1 Digital Link (https://id.gs1.org/414/{gln}) or SGLN URN.")]
    public string? EqBizLocation { get; init; }

    [FromQuery(Name = "EQ_readPoint"), Description("Read points: GS1 Digital Link or SGLN URN.")]
    public string? EqReadPoint { get; init; }

    [FromQuery(Name = "MATCH_epc"), Description("Instance identifiers in epcList (e.g. an SSCC), Digital Link or URN.")]
    public string? MatchEpc { get; init; }

    [FromQuery(Name = "MATCH_anyEPC"), Description("Instance identifiers in any EPC field, Digital Link or URN.")]
    public string? MatchAnyEpc { get; init; }

    [FromQuery(Name = "MATCH_epcClass"), Description("Classes in quantityList: the batch's LGTIN (https://id.gs1.org/01/{gtin}/10/{lot} or urn:epc:class:lgtin:...).")]
    public string? MatchEpcClass { get; init; }

    [FromQuery(Name = "EQ_source_owning_party"), Description("Owning party of the source (Digital Link 414 or SGLN URN).")]
    public string? EqSourceOwningParty { get; init; }

    [FromQuery(Name = "EQ_destination_owning_party"), Description("Owning party of the destination (Digital Link 414 or SGLN URN).")]
    public string? EqDestinationOwningParty { get; init; }

    [FromQuery(Name = "EQ_eventID"), Description("Event IDs, pipe-delimited.")]
    public string? EqEventId { get; init; }

    [FromQuery(Name = Query.EpcisQueryParser.CountryParameter), Description("PharmaTrace extension (EQ_fieldname over the pt:countries field, namespace https://pharmatrace.example/epcis/): only events concerning one of these ISO 3166-1 alpha-2 countries (pipe-delimited); a manufacturer's recall everywhere matches every country. A regulator narrows any query to its own country with it.")]
    public string? EqPtCountries { get; init; }

    [FromQuery(Name = "orderBy"), Description("eventTime or recordTime; omitted: chain order, ascending.")]
    public string? OrderBy { get; init; }

    [FromQuery(Name = "orderDirection"), Description("ASC or DESC (default DESC) when orderBy is given.")]
    public string? OrderDirection { get; init; }

    [FromQuery(Name = "eventCountLimit"), Description("At most this many events over all pages; needs orderBy.")]
    public string? EventCountLimit { get; init; }

    [FromQuery(Name = "perPage"), Description("Events per page, 1 to 1000, default 30.")]
    public string? PerPage { get; init; }

    [FromQuery(Name = "nextPageToken"), Description("Opaque token from the previous page's Link rel=\"next\" header.")]
    public string? NextPageToken { get; init; }
}
