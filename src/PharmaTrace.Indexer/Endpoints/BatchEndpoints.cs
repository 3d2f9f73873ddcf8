using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PharmaTrace.Indexer.Queries;

namespace PharmaTrace.Indexer.Endpoints;

/// <summary><c>/batches/{gtin}/{lot}</c>, its provenance, and <c>/shipments/{id}</c>.</summary>
internal static class BatchEndpoints
{
    public static void MapBatchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/batches/{gtin}/{lot}", GetAsync)
            .WithName("GetBatch").WithSummary("A batch: status per country, global recall, holders and quantities, shipments, Merkle consistency.").WithTags("Batches")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/batches/{gtin}/{lot}/provenance", ProvenanceAsync)
            .WithName("GetBatchProvenance").WithSummary("A batch's whole custody chain across borders, each step with its ledger proof.").WithTags("Batches")
            .WithDescription($"Steps in chain order, in pages of perPage steps (default {ProvenanceQueries.DefaultPerPage:N0}, at most {ProvenanceQueries.MaxPerPage:N0}): " +
                "a page that is not the last gives nextPageToken and a Link rel=\"next\" header to the next one.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/shipments/{id}", ShipmentAsync)
            .WithName("GetShipment").WithSummary("A shipment and its steps: dispatch, customs decisions, receipt or rejection.").WithTags("Shipments")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<BatchView>, ValidationProblem, ProblemHttpResult>> GetAsync(string gtin, string lot, BatchQueries queries, CancellationToken cancellationToken)
    {
        if (!RouteValidation.TryBatchKey(gtin, lot, out var gtin14, out var problem))
        {
            return problem!;
        }
        return await queries.FindAsync(gtin14, lot, cancellationToken) is { } batch
            ? TypedResults.Ok(batch)
            : RouteValidation.NotFound($"No batch {lot} of GTIN {gtin14} is registered.");
    }

    private static async Task<Results<Ok<ProvenanceView>, ValidationProblem, ProblemHttpResult>> ProvenanceAsync(
        string gtin, string lot, string? perPage, string? nextPageToken, HttpContext context, ProvenanceQueries queries, CancellationToken cancellationToken)
    {
        if (!RouteValidation.TryBatchKey(gtin, lot, out var gtin14, out var problem)
            || !RouteValidation.TryProvenancePage(perPage, nextPageToken, out var after, out var size, out problem))
        {
            return problem!;
        }
        if (await queries.FindAsync(gtin14, lot, cancellationToken, after, size) is not { } provenance)
        {
            return RouteValidation.NotFound($"No batch {lot} of GTIN {gtin14} is registered.");
        }
        RouteValidation.AddNextLink(context, provenance.NextPageToken);
        return TypedResults.Ok(provenance);
    }

    private static async Task<Results<Ok<ShipmentView>, ValidationProblem, ProblemHttpResult>> ShipmentAsync(string id, ShipmentQueries queries, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shipmentId) || shipmentId < 1)
        {
            return RouteValidation.Invalid("id", "must be a ledger shipment id: a positive decimal integer.");
        }
        return await queries.FindAsync(shipmentId, cancellationToken) is { } shipment
            ? TypedResults.Ok(shipment)
            : RouteValidation.NotFound($"No shipment {shipmentId} is on the ledger.");
    }
}
