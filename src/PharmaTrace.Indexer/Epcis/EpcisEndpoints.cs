using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using PharmaTrace.Indexer.Epcis.Http;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Epcis.Query;

namespace PharmaTrace.Indexer.Epcis;

/// <summary>The EPCIS 2.0 query interface under <c>/epcis</c>, as the REST binding (standards/epcis/openapi.yaml) has it.</summary>
public static class EpcisEndpoints
{
    public static RouteGroupBuilder MapEpcisEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/epcis").WithTags("EPCIS");
        group.MapGet("/events", (HttpContext http, [AsParameters] EpcisEventsRequest request, EpcisQueryService service, CancellationToken ct) =>
                QueryAsync(http, service, [], ct))
            .WithName("EpcisEvents").WithSummary("Returns the EPCIS events matching the query, one page at a time.");
        group.MapGet("/events/{eventID}", GetAsync)
            .WithName("EpcisEvent").WithSummary("Returns one EPCIS event by its eventID.");
        group.MapGet("/epcs/{epc}/events", (HttpContext http, string epc, [AsParameters] EpcisEventsRequest request, EpcisQueryService service, CancellationToken ct) =>
                QueryAsync(http, service, [new("MATCH_anyEPC", Uri.UnescapeDataString(epc))], ct))
            .WithName("EpcisEpcEvents").WithSummary("Returns the events naming this EPC (Digital Link or URN, URL-encoded).");
        group.MapGet("/bizSteps/{bizStep}/events", (HttpContext http, string bizStep, [AsParameters] EpcisEventsRequest request, EpcisQueryService service, CancellationToken ct) =>
                QueryAsync(http, service, [new("EQ_bizStep", Uri.UnescapeDataString(bizStep))], ct))
            .WithName("EpcisBizStepEvents").WithSummary("Returns the events with this CBV business step.");
        return group;
    }

    private static async Task<IResult> QueryAsync(HttpContext http, EpcisQueryService service, KeyValuePair<string, StringValues>[] fixedParameters, CancellationToken cancellationToken)
    {
        if (EpcisHeaders.Unacceptable(http.Request) is { } why)
        {
            return EpcisProblems.NotAcceptable(why);
        }

        try
        {
            var format = EpcisHeaders.RequestedFormat(http.Request);
            var query = EpcisQueryParser.Parse([.. http.Request.Query.Where(p => fixedParameters.All(f => f.Key != p.Key)), .. fixedParameters]);
            var page = await service.QueryAsync(query, cancellationToken);
            EpcisHeaders.Write(http.Response, format);
            if (page.NextPageToken is { } token)
            {
                http.Response.Headers.Link = $"<{NextUrl(http.Request, token)}>; rel=\"next\"";
            }

            return Document(EpcisDocuments.QueryDocument(page.Events, format, DateTimeOffset.UtcNow));
        }
        catch (EpcisQueryParameterException e)
        {
            return EpcisProblems.QueryParameter(e);
        }
    }

    private static async Task<IResult> GetAsync(HttpContext http, string eventID, EpcisQueryService service, CancellationToken cancellationToken)
    {
        if (EpcisHeaders.Unacceptable(http.Request) is { } why)
        {
            return EpcisProblems.NotAcceptable(why);
        }

        try
        {
            var format = EpcisHeaders.RequestedFormat(http.Request);
            // Route values keep %2F encoded (ASP.NET Core routing); event IDs are URIs and may contain '/'.
            eventID = Uri.UnescapeDataString(eventID);
            if (await service.GetAsync(eventID, cancellationToken) is not { } found)
            {
                return EpcisProblems.NoSuchResource($"No event has eventID '{eventID}'.");
            }

            EpcisHeaders.Write(http.Response, format);
            return Document(EpcisDocuments.QueryDocument([found], format, DateTimeOffset.UtcNow));
        }
        catch (EpcisQueryParameterException e)
        {
            return EpcisProblems.QueryParameter(e);
        }
    }

    private static IResult Document(JsonObject document) => Results.Text(document.ToJsonString(), "application/json");

    private static string NextUrl(HttpRequest request, string token)
    {
        var parameters = request.Query.Where(p => p.Key != "nextPageToken")
            .SelectMany(p => p.Value.Select(v => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"nextPageToken={Uri.EscapeDataString(token)}");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{string.Join('&', parameters)}";
    }
}
