using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Endpoints;

/// <summary>Writes on the consortium: member regulators propose new countries and vote them in.</summary>
public static class CountriesEndpoints
{
    public static RouteGroupBuilder MapCountryWrites(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/countries").WithTags("Countries").RequireAuthorization(Roles.Regulator);
        group.MapPost("/", ProposeAsync).WithName("ProposeCountry").WithSummary("Propose a new member country and its regulator (member regulator); the proposer's vote counts.");
        group.MapPost("/{code}/votes", VoteAsync).WithName("VoteForCountry").WithSummary("Vote for a proposed country (member regulator); a strict majority admits it.");
        return api;
    }

    private static async Task<Results<Created<WriteAccepted>, Accepted<WriteAccepted>>> ProposeAsync(
        ProposeCountryRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var code = Parse.Country(v, "code", body.Code);
        var regulator = Parse.Address(v, "regulator", body.Regulator, required: true);
        var gln = Parse.Gln(v, "gln", body.Gln);
        v.Require(body.Name is { Length: >= 1 and <= 100 }, "name", "is required: 1 to 100 characters");
        v.ThrowIfInvalid();
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = ParticipantIdentity.Of(user).Address, Kind = "proposeCountry",
            Steps = [new WriteStep(PharmaLedger.EncodeProposeCountry(code, regulator!.Value, gln, body.Name!))],
        }, cancellationToken);
        return WriteResults.Of(operation, $"/api/v1/countries/{body.Code}", new WriteAccepted(operation));
    }

    private static async Task<Results<Created<WriteAccepted>, Accepted<WriteAccepted>>> VoteAsync(
        string code, ClaimsPrincipal user, WritePipeline writes, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var country = Parse.Country(v, "code", code);
        v.ThrowIfInvalid();
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = ParticipantIdentity.Of(user).Address, Kind = "voteForCountry",
            Steps = [new WriteStep(PharmaLedger.EncodeVoteForCountry(country))],
        }, cancellationToken);
        return WriteResults.Of(operation, $"/api/v1/countries/{code}", new WriteAccepted(operation));
    }
}
