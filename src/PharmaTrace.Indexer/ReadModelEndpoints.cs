using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace PharmaTrace.Indexer;

/// <summary>The read side of <c>/api/v1</c>: participants, countries, batches, shipments, provenance.</summary>
public static class ReadModelEndpoints
{
    // SCAFFOLD: replaced by the indexer's read endpoints (issue 5).
    public static RouteGroupBuilder MapReadModelEndpoints(this IEndpointRouteBuilder app) => app.MapGroup("/api/v1");
}
