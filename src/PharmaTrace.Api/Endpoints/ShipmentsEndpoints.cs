using System.Globalization;
using System.Numerics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Endpoints;

/// <summary>Writes on custody: dispatch, the destination's customs decision, receipt and rejection.</summary>
public static class ShipmentsEndpoints
{
    public static RouteGroupBuilder MapShipmentWrites(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/shipments").WithTags("Shipments");
        group.MapPost("/", DispatchAsync).RequireAuthorization(Roles.Holder).WithName("DispatchShipment")
            .WithSummary("Ship a quantity of a batch you hold to a participant, by address or GLN (manufacturer, wholesaler, pharmacy).");
        group.MapPost("/{id}/customs", DecideAsync).RequireAuthorization(Roles.Customs).WithName("DecideCustoms")
            .WithSummary("Release, hold or seize a cross-border shipment (customs of the destination country).");
        group.MapPost("/{id}/receive", (string id, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            SubmitAsync(id, user, writes, "receiveShipment", n => PharmaLedger.EncodeReceiveShipment(n), ct))
            .RequireAuthorization(Roles.Holder).WithName("ReceiveShipment").WithSummary("Receive a shipment addressed to you (recipient).");
        group.MapPost("/{id}/reject", (string id, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            SubmitAsync(id, user, writes, "rejectShipment", n => PharmaLedger.EncodeRejectShipment(n, Parse.Reason(Check(), "reason", body.Reason)), ct, body.Reason))
            .RequireAuthorization(Roles.Holder).WithName("RejectShipment").WithSummary("Reject a shipment addressed to you; the quantity returns to the sender (recipient).");
        return api;
    }

    private static async Task<Results<Created<ShipmentCreated>, Accepted<ShipmentCreated>>> DispatchAsync(
        DispatchRequest body, ClaimsPrincipal user, WritePipeline writes, LedgerChain chain, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var gtin = Parse.Gtin(v, "gtin", body.Gtin);
        var lot = Parse.Lot(v, "lot", body.Lot);
        v.Require(body.Quantity >= 1, "quantity", "must be at least 1");
        Address? to = null;
        ulong? toGln = null;
        if (body.To is { Length: 13 } && body.To.All(char.IsAsciiDigit))
        {
            toGln = Parse.Gln(v, "to", body.To);
        }
        else
        {
            to = Parse.Address(v, "to", body.To, required: true);
        }
        var sscc = BigInteger.Zero;
        if (body.Sscc is not null)
        {
            if (Gs1.Identifiers.Sscc.TryParse(body.Sscc, out var parsed))
            {
                sscc = BigInteger.Parse(parsed.Value, CultureInfo.InvariantCulture);
            }
            else
            {
                v.Add("sscc", "must be an SSCC of 18 digits with a valid GS1 check digit");
            }
        }
        v.ThrowIfInvalid();
        if (toGln is { } gln)
        {
            var output = await chain.Client.CallAsync(new RpcCallRequest { To = chain.Contract, Data = PharmaLedger.EncodeAccountOfGln(gln) }, BlockParameter.Latest, cancellationToken);
            to = PharmaLedger.DecodeAccountOfGlnOutput(output.Span);
            if (to == Address.Zero)
            {
                throw new RequestValidationException(new Dictionary<string, string[]> { ["to"] = [$"must name a participant: no participant has the GLN {body.To}"] });
            }
        }
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = ParticipantIdentity.Of(user).Address, Kind = "dispatch",
            Steps = [new WriteStep(PharmaLedger.EncodeDispatch(BatchIds.Of(gtin, lot), to!.Value, body.Quantity, sscc))],
            ResultEvent = PharmaLedger.ShipmentDispatchedEvent.EventTopic,
        }, cancellationToken);
        var id = ShipmentIdOf(operation);
        return WriteResults.Of(operation, $"/api/v1/shipments/{id}", new ShipmentCreated(id, to.Value.ToChecksumString(), operation));
    }

    /// <summary>The shipment id from the operation's ShipmentDispatched log, once mined.</summary>
    public static string? ShipmentIdOf(OperationStatus operation) =>
        operation?.ResultLog is { } log
            ? PharmaLedger.ShipmentDispatchedEvent.Decode(log.Topics, log.Data.Span).ShipmentId.ToString(CultureInfo.InvariantCulture)
            : null;

    private static Task<Results<Created<WriteAccepted>, Accepted<WriteAccepted>>> DecideAsync(
        string id, CustomsDecisionRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var decision = body.Decision?.ToLowerInvariant() switch
        {
            "release" => PharmaLedger.CustomsDecision.Release,
            "hold" => PharmaLedger.CustomsDecision.Hold,
            "seize" => PharmaLedger.CustomsDecision.Seize,
            _ => (PharmaLedger.CustomsDecision?)null,
        };
        v.Require(decision is not null, "decision", "must be one of release, hold, seize");
        Parse.Reason(v, "reason", body.Reason);
        v.ThrowIfInvalid();
        return SubmitAsync(id, user, writes, "decideCustoms", n => PharmaLedger.EncodeDecideCustoms(n, decision!.Value, body.Reason!), cancellationToken);
    }

    private static async Task<Results<Created<WriteAccepted>, Accepted<WriteAccepted>>> SubmitAsync(
        string id, ClaimsPrincipal user, WritePipeline writes, string kind, Func<BigInteger, byte[]> encode, CancellationToken cancellationToken, string? reason = null)
    {
        var v = new Validator();
        v.Require(BigInteger.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var shipmentId) && shipmentId > 0 && id.Length <= 78, "id", "must be a shipment id: a positive decimal integer");
        if (kind == "rejectShipment")
        {
            Parse.Reason(v, "reason", reason);
        }
        v.ThrowIfInvalid();
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = ParticipantIdentity.Of(user).Address, Kind = kind, Steps = [new WriteStep(encode(shipmentId))],
        }, cancellationToken);
        return WriteResults.Of(operation, $"/api/v1/shipments/{id}", new WriteAccepted(operation));
    }

    private static Validator Check() => new();
}
