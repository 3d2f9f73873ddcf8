using PharmaTrace.Api.Pharmacy.Decommissioning;
using PharmaTrace.Api.Pharmacy.Gs1;
using PharmaTrace.Api.Pharmacy.Index;
using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Api.Security;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PharmaTrace.Api.Pharmacy;

/// <summary>GS1 parsing, pack verification and decommissioning (issue 6).</summary>
public static class PharmacyEndpoints
{
    /// <summary>Registers the pack index, its read-model feed and the verifier.</summary>
    public static IServiceCollection AddPharmacy(this IServiceCollection services)
    {
        services.AddSingleton<PackIndex>();
        services.AddSingleton<ReadModelPackFeed>();
        services.AddHostedService(sp => sp.GetRequiredService<ReadModelPackFeed>());
        services.AddSingleton<PackVerifier>();
        services.AddSingleton<BasketResolver>();
        services.AddSingleton<DecommissionRecordReader>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Maps /api/v1/gs1/parse and /api/v1/packs/*.</summary>
    public static IEndpointRouteBuilder MapPharmacyEndpoints(this IEndpointRouteBuilder app)
    {
        var gs1 = app.MapGroup("/api/v1/gs1").WithTags("GS1");
        gs1.MapPost("/parse", Gs1ParseEndpoint.Handle)
            .WithName("ParseGs1Code")
            .WithSummary("Parses a GS1 code in any form: the AIs found and the normalised identifiers, or a 400 naming the AI and rule.")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var packs = app.MapGroup("/api/v1/packs").WithTags("Packs");
        packs.MapPost("/verify", PackVerifyEndpoint.Handle)
            .WithName("VerifyPack")
            .WithSummary("Verifies a scanned pack from the read model: state, DSCSA answer, batch, holders, countries crossed and the Merkle proof. Any participant.")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        packs.MapPost("/decommission", DecommissionEndpoint.HandleAsync)
            .WithName("DecommissionPacks")
            .WithSummary("Decommissions a basket of packs in one transaction (holder of their batches). A pack already inactive: 409 naming it, with the falsification alert recorded on the ledger.")
            .RequireAuthorization(Roles.Holder)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        packs.MapPost("/decommission/undo", UndoDecommissionEndpoint.HandleAsync)
            .WithName("UndoDecommission")
            .WithSummary("Reactivates packs of a decommission record within 10 days, by the party that made it (EU FMD).")
            .RequireAuthorization(Roles.Holder)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
