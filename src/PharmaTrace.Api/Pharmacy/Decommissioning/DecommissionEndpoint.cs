using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>
/// POST /api/v1/packs/decommission: one decommission(PackProof[], reason) transaction for the basket.
/// The contract does not revert for a pack that is already inactive: it records FalsificationAlertRaised
/// and goes on (contracts/ledger/Packs.sol), so that the attempt stays on the ledger. The API answers such
/// a basket with 409 naming the alerted packs, once the alert is mined.
/// </summary>
public static class DecommissionEndpoint
{
    /// <summary>The problem type of a basket holding packs that were already inactive.</summary>
    public const string AlertProblemType = "https://pharmatrace.example/problems/pack-already-inactive";

    /// <summary>Handles the request.</summary>
    public static async Task<Results<Created<DecommissionResponse>, Accepted<DecommissionResponse>, ProblemHttpResult>> HandleAsync(
        DecommissionRequest request, ClaimsPrincipal user, BasketResolver baskets, WritePipeline writes, LedgerChain chain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(baskets);
        ArgumentNullException.ThrowIfNull(writes);
        ArgumentNullException.ThrowIfNull(chain);
        if (!DecommissionReasons.TryParse(request?.Reason, out var reason))
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["reason"] = [$"must be one of {DecommissionReasons.Accepted}"] });
        }

        var (proofs, packs) = baskets.Resolve(request!.Codes);
        var caller = ParticipantIdentity.Of(user);
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = caller.Address,
            Kind = "decommission",
            Steps = [new WriteStep(PharmaLedger.EncodeDecommission(proofs, reason.Value))],
            ResultEvent = PharmaLedger.PackDecommissionedEvent.EventTopic,
        }, cancellationToken);

        var reasonName = LedgerValues.Reason(reason.Value);
        if (operation.State != OperationState.Completed)
        {
            return TypedResults.Accepted($"/api/v1/operations/{operation.Id}", new DecommissionResponse(operation, null, reasonName, packs));
        }

        var outcome = await ReadOutcomeAsync(chain, operation, caller.Address, packs, cancellationToken);
        var body = new DecommissionResponse(operation, outcome.RecordId, reasonName, packs);
        if (outcome.Alerted.Count > 0)
        {
            return AlertProblem(outcome.Alerted, body);
        }

        return TypedResults.Created($"/api/v1/operations/{operation.Id}", body);
    }

    private static ProblemHttpResult AlertProblem(List<DecommissionedPack> alerted, DecommissionResponse body)
    {
        var names = string.Join(", ", alerted.Select(p => $"codes[{p.Position}] ({p.Gtin} serial {p.Serial})"));
        var problem = new ProblemDetails
        {
            Type = AlertProblemType,
            Title = "A pack was already inactive: a falsification alert is recorded on the ledger",
            Status = StatusCodes.Status409Conflict,
            Detail = $"{names} {(alerted.Count == 1 ? "was" : "were")} already decommissioned; the ledger raised FalsificationAlertRaised for {(alerted.Count == 1 ? "it" : "them")}. "
                + "Do not dispense: the pack may be a copy.",
        };
        problem.Extensions["alertedPacks"] = alerted;
        problem.Extensions["decommissioned"] = body;
        return TypedResults.Problem(problem);
    }

    // The receipt says what the contract did with each pack: PackDecommissioned (with the record id) or
    // FalsificationAlertRaised. A multicall may carry other writes of the same signer, so only events
    // of this basket's packs by this caller count.
    private static async Task<(string? RecordId, List<DecommissionedPack> Alerted)> ReadOutcomeAsync(
        LedgerChain chain, OperationStatus operation, Address caller, IReadOnlyList<DecommissionedPack> packs, CancellationToken cancellationToken)
    {
        var basket = packs.ToDictionary(p => (p.BatchId, p.Index));
        string? recordId = null;
        var alerted = new List<DecommissionedPack>();
        foreach (var transaction in operation.Transactions)
        {
            var receipt = await chain.Client.GetTransactionReceiptAsync(Hash32.Parse(transaction.Hash), cancellationToken)
                ?? throw new ApiProblemException(StatusCodes.Status503ServiceUnavailable, "Receipt unavailable", $"The node has no receipt for {transaction.Hash} yet.");
            foreach (var log in receipt.Logs.Where(l => l.Address == chain.Contract))
            {
                if (!PharmaLedger.TryDecodeEvent(log.Topics, log.Data.Span, out var evt))
                {
                    continue;
                }

                switch (evt)
                {
                    case PharmaLedger.PackDecommissionedEvent d when d.By == caller && basket.ContainsKey((d.BatchId.ToString(), d.Index)):
                        recordId = d.RecordId.ToString(CultureInfo.InvariantCulture);
                        break;
                    case PharmaLedger.FalsificationAlertRaisedEvent a when a.By == caller && basket.TryGetValue((a.BatchId.ToString(), a.Index), out var pack):
                        alerted.Add(pack);
                        break;
                }
            }
        }

        return (recordId, alerted);
    }
}
