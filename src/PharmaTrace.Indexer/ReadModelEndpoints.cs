using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using PharmaTrace.Indexer.Endpoints;

namespace PharmaTrace.Indexer;

/// <summary>The read side of <c>/api/v1</c>: participants, countries, batches, shipments, batch and pack provenance.</summary>
public static class ReadModelEndpoints
{
    /// <summary>Maps the read endpoints and returns the <c>/api/v1</c> group, so a host can add authorisation to it.</summary>
    public static RouteGroupBuilder MapReadModelEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapParticipantEndpoints();
        api.MapBatchEndpoints();
        api.MapPackEndpoints();
        return api;
    }
}
