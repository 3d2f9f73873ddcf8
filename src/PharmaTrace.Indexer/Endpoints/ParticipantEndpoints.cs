using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PharmaTrace.Indexer.Queries;

namespace PharmaTrace.Indexer.Endpoints;

/// <summary><c>/participants</c> and <c>/countries</c>.</summary>
internal static class ParticipantEndpoints
{
    public static void MapParticipantEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/participants", ListAsync)
            .WithName("ListParticipants").WithSummary("Every admitted participant with its current status.").WithTags("Participants");
        api.MapGet("/participants/{address}", GetAsync)
            .WithName("GetParticipant").WithSummary("One participant by account address.").WithTags("Participants")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/countries", CountriesAsync)
            .WithName("ListCountries").WithSummary("The consortium's member countries and their regulators.").WithTags("Participants");
    }

    private static async Task<Ok<IReadOnlyList<ParticipantView>>> ListAsync(ParticipantQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ParticipantView>, ValidationProblem, ProblemHttpResult>> GetAsync(string address, ParticipantQueries queries, CancellationToken cancellationToken)
    {
        if (!RouteValidation.TryAddress(address, out var account, out var problem))
        {
            return problem!;
        }
        return await queries.FindAsync(account, cancellationToken) is { } participant
            ? TypedResults.Ok(participant)
            : RouteValidation.NotFound($"No participant with address {account.ToLowerHexString()} is admitted.");
    }

    private static async Task<Ok<IReadOnlyList<CountryView>>> CountriesAsync(ParticipantQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok(await queries.CountriesAsync(cancellationToken));
}
