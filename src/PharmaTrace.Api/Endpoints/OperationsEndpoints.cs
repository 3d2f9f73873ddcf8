using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;

namespace PharmaTrace.Api.Endpoints;

/// <summary>The state of a write on its way to the chain.</summary>
public static class OperationsEndpoints
{
    public static RouteGroupBuilder MapOperations(this RouteGroupBuilder api)
    {
        api.MapGet("/operations/{id:guid}", Get).WithTags("Operations").WithName("GetOperation").RequireAuthorization()
            .WithSummary("The state of one of your writes: Pending, Completed (with block) or Failed.");
        return api;
    }

    private static Results<Ok<OperationStatus>, NotFound<Microsoft.AspNetCore.Mvc.ProblemDetails>> Get(Guid id, ClaimsPrincipal user, WritePipeline writes)
    {
        // Another participant's operation is reported as absent, not forbidden: its existence is not ours to reveal.
        if (writes.Get(id) is { } status && writes.BelongsTo(id, ParticipantIdentity.Of(user).Address))
        {
            return TypedResults.Ok(status);
        }
        return TypedResults.NotFound(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 404, Title = "No such operation", Detail = $"There is no operation {id} of yours." });
    }
}
