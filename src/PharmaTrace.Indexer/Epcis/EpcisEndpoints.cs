using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace PharmaTrace.Indexer.Epcis;

/// <summary>The EPCIS 2.0 query interface under <c>/epcis</c>.</summary>
public static class EpcisEndpoints
{
    // SCAFFOLD: replaced by the EPCIS query interface (issue 5).
    public static RouteGroupBuilder MapEpcisEndpoints(this IEndpointRouteBuilder app) => app.MapGroup("/epcis");
}
