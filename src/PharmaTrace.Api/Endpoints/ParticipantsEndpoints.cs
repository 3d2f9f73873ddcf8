using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Endpoints;

/// <summary>Writes on participants: a regulator admits, suspends and reinstates those of its own country.</summary>
public static class ParticipantsEndpoints
{
    private static readonly PharmaLedger.Role[] Admissible =
        [PharmaLedger.Role.Manufacturer, PharmaLedger.Role.Wholesaler, PharmaLedger.Role.Customs, PharmaLedger.Role.Pharmacy];

    public static RouteGroupBuilder MapParticipantWrites(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/participants").WithTags("Participants").RequireAuthorization(Roles.Regulator);
        group.MapPost("/", AdmitAsync).WithName("AdmitParticipant")
            .WithSummary("Admit a participant of the regulator's own country (regulator).")
            .WithDescription("Without an address this service generates and hosts the participant's signing key and returns its first API key, once.");
        group.MapPost("/{address}/suspend", (string address, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            ChangeAsync(address, body, user, writes, suspend: true, ct)).WithName("SuspendParticipant").WithSummary("Suspend a participant of the regulator's country (regulator).");
        group.MapPost("/{address}/reinstate", (string address, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            ChangeAsync(address, body, user, writes, suspend: false, ct)).WithName("ReinstateParticipant").WithSummary("Reinstate a suspended participant (regulator).");
        return api;
    }

    private static async Task<Results<Created<ParticipantCreated>, Accepted<ParticipantCreated>>> AdmitAsync(
        AdmitParticipantRequest body, ClaimsPrincipal user, ParticipantAdmission admission, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var role = PharmaLedger.Role.None;
        v.Require(Enum.TryParse(body.Role, ignoreCase: true, out role) && Admissible.Contains(role) && !int.TryParse(body.Role, out _),
            "role", "must be one of Manufacturer, Wholesaler, Customs, Pharmacy");
        v.Require(body.Name is { Length: >= 1 and <= 100 } && !string.IsNullOrWhiteSpace(body.Name), "name", "is required: 1 to 100 characters");
        var gln = Parse.Gln(v, "gln", body.Gln);
        var address = Parse.Address(v, "address", body.Address, required: false);
        v.ThrowIfInvalid();
        var created = await admission.AdmitAsync(ParticipantIdentity.Of(user), role, body.Name!, gln, address, cancellationToken);
        return WriteResults.Of(created.Operation, $"/api/v1/participants/{created.Address}", created);
    }

    private static async Task<Results<Created<WriteAccepted>, Accepted<WriteAccepted>>> ChangeAsync(
        string address, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, bool suspend, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var account = Parse.Address(v, "address", address, required: true);
        var reason = Parse.Reason(v, "reason", body.Reason);
        v.ThrowIfInvalid();
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = ParticipantIdentity.Of(user).Address,
            Kind = suspend ? "suspendParticipant" : "reinstateParticipant",
            Steps = [new WriteStep(suspend ? PharmaLedger.EncodeSuspendParticipant(account!.Value, reason) : PharmaLedger.EncodeReinstateParticipant(account!.Value, reason))],
        }, cancellationToken);
        return WriteResults.Of(operation, $"/api/v1/participants/{account}", new WriteAccepted(operation));
    }
}
