using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PharmaTrace.Indexer.Queries;

namespace PharmaTrace.Indexer.Endpoints;

/// <summary><c>/packs/{gtin}/{serial}/provenance</c>: one pack's custody chain.</summary>
internal static class PackEndpoints
{
    public static void MapPackEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/packs/{gtin}/{serial}/provenance", ProvenanceAsync)
            .WithName("GetPackProvenance")
            .WithSummary("A pack's custody chain: its batch's steps and its own decommissions, undos and falsification alerts, each with its ledger proof.")
            .WithDescription("The pack is found by the keccak256 of its serial among the leaves its batches published. Give lot when the GTIN registered the same serial in several lots. " +
                "Steps are paged as the batch's provenance is (perPage, nextPageToken, Link rel=\"next\"); status is the pack's, whatever the page.")
            .WithTags("Packs")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<PackProvenanceView>, ValidationProblem, ProblemHttpResult>> ProvenanceAsync(
        string gtin, string serial, string? lot, string? perPage, string? nextPageToken, HttpContext context, ProvenanceQueries queries, CancellationToken cancellationToken)
    {
        if (!RouteValidation.TryPackKey(gtin, serial, lot, out var gtin14, out var problem)
            || !RouteValidation.TryProvenancePage(perPage, nextPageToken, out var after, out var size, out problem))
        {
            return problem!;
        }
        var lots = await queries.LotsOfSerialAsync(gtin14, serial, cancellationToken);
        var chosen = lot ?? (lots.Count == 1 ? lots[0] : null);
        if (lots.Count > 1 && chosen is null)
        {
            return RouteValidation.Invalid("lot", $"is required: GTIN {gtin14} registered serial {serial} in several lots ({string.Join(", ", lots)}).");
        }
        if (chosen is null || await queries.FindPackAsync(gtin14, chosen, serial, cancellationToken, after, size) is not { } provenance)
        {
            return RouteValidation.NotFound($"No batch of GTIN {gtin14}{(lot is null ? "" : $" lot {lot}")} publishes serial {serial}.");
        }
        RouteValidation.AddNextLink(context, provenance.Provenance.NextPageToken);
        return TypedResults.Ok(provenance);
    }
}
