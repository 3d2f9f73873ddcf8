using System.Globalization;
using System.Numerics;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>
/// POST /api/v1/packs/decommission/undo: undoDecommission(recordId, record, positions) within the EU FMD's
/// 10 days (Delegated Regulation (EU) 2016/161, Art. 13), by the party that decommissioned. The record is
/// rebuilt from the read model; the contract checks it against its stored hash, the window and the party.
/// </summary>
public static class UndoDecommissionEndpoint
{
    /// <summary>Handles the request.</summary>
    public static async Task<Results<Created<OperationStatus>, Accepted<OperationStatus>>> HandleAsync(
        UndoDecommissionRequest request, ClaimsPrincipal user, DecommissionRecordReader records, BasketResolver baskets, WritePipeline writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(baskets);
        ArgumentNullException.ThrowIfNull(writes);
        if (!ulong.TryParse(request?.RecordId, NumberStyles.None, CultureInfo.InvariantCulture, out var recordId) || recordId == 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]> { ["recordId"] = ["must be the positive decimal record id a decommissioning returned"] });
        }

        var caller = ParticipantIdentity.Of(user);
        var record = await records.ReadAsync(recordId, cancellationToken)
            ?? throw new ApiProblemException(StatusCodes.Status404NotFound, "Decommission record not found",
                $"The read model holds no decommission record {recordId} (a record only just mined may take a moment to be indexed).");
        if (record.By != caller.Address)
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Not your decommissioning",
                $"Record {recordId} was made by {record.By}; only that party may undo it.");
        }

        var positions = Positions(request!.Codes, record, baskets);
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = caller.Address,
            Kind = "undoDecommission",
            Steps = [new WriteStep(PharmaLedger.EncodeUndoDecommission(recordId, record, positions))],
            ResultEvent = PharmaLedger.PackReactivatedEvent.EventTopic,
        }, cancellationToken);
        return operation.State == OperationState.Completed
            ? TypedResults.Created($"/api/v1/operations/{operation.Id}", operation)
            : TypedResults.Accepted($"/api/v1/operations/{operation.Id}", operation);
    }

    // The contract wants strictly increasing positions into record.packs.
    private static BigInteger[] Positions(IReadOnlyList<string?>? codes, PharmaLedger.DecommissionRecord record, BasketResolver baskets)
    {
        if (codes is null || codes.Count == 0)
        {
            return [.. Enumerable.Range(0, record.Packs.Length).Select(i => new BigInteger(i))];
        }

        var (_, packs) = baskets.Resolve(codes);
        var positions = new List<int>();
        var errors = new Dictionary<string, string[]>();
        foreach (var pack in packs)
        {
            var position = Array.FindIndex(record.Packs, r => r.BatchId.ToString() == pack.BatchId && r.Index == pack.Index);
            if (position < 0)
            {
                errors[$"codes[{pack.Position}]"] = ["is not a pack this record still holds"];
            }
            else
            {
                positions.Add(position);
            }
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return [.. positions.Order().Select(p => new BigInteger(p))];
    }
}
