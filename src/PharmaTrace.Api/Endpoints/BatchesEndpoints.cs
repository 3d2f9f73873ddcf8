using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PharmaTrace.Api.Problems;
using PharmaTrace.Api.Security;
using PharmaTrace.Api.Writes;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Endpoints;

/// <summary>Writes on batches: registration with the packs' tree, recall, quarantine and its release.</summary>
public static class BatchesEndpoints
{
    /// <summary>The most packs in one request (and one batch registered at once).</summary>
    public const int MaxSerials = 100_000;

    /// <summary>Serial hashes per transaction: about 1,300 gas each (README, Gas), so 10,000 stay near 13M gas, well under a block.</summary>
    public const int LeavesPerTransaction = 10_000;

    public static RouteGroupBuilder MapBatchWrites(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/batches").WithTags("Batches");
        group.MapPost("/", RegisterAsync).RequireAuthorization(Roles.Manufacturer).WithName("RegisterBatch")
            .WithSummary("Register a batch and publish its packs' serial hashes (manufacturer).")
            .WithDescription("Computes each serial's keccak256, the OpenZeppelin StandardMerkleTree root (docs/merkle.md), registers the batch with the first chunk and publishes the rest in chunks of 10,000.");
        group.MapPost("/{gtin}/{lot}/recall", (string gtin, string lot, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            ChangeAsync(gtin, lot, body, user, writes, "recallBatch", PharmaLedger.EncodeRecallBatch, ct))
            .RequireAuthorization(Roles.Recaller).WithName("RecallBatch").WithSummary("Recall a batch: everywhere (its manufacturer) or in the regulator's country.");
        group.MapPost("/{gtin}/{lot}/quarantine", (string gtin, string lot, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            ChangeAsync(gtin, lot, body, user, writes, "quarantineBatch", PharmaLedger.EncodeQuarantineBatch, ct))
            .RequireAuthorization(Roles.Regulator).WithName("QuarantineBatch").WithSummary("Quarantine a batch in the regulator's country.");
        group.MapPost("/{gtin}/{lot}/release", (string gtin, string lot, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken ct) =>
            ChangeAsync(gtin, lot, body, user, writes, "releaseQuarantine", PharmaLedger.EncodeReleaseQuarantine, ct))
            .RequireAuthorization(Roles.Regulator).WithName("ReleaseBatch").WithSummary("Lift the regulator's country's quarantine of a batch.");
        return api;
    }

    private static async Task<Results<Created<BatchRegistered>, Accepted<BatchRegistered>>> RegisterAsync(
        RegisterBatchRequest body, ClaimsPrincipal user, WritePipeline writes, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var gtin = Parse.Gtin(v, "gtin", body.Gtin);
        var lot = Parse.Lot(v, "lot", body.Lot);
        var expiry = 0u;
        if (DateOnly.TryParseExact(body.Expiry, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            expiry = (uint)((date.Year * 10000) + (date.Month * 100) + date.Day);
        }
        else
        {
            v.Add("expiry", "must be a date YYYY-MM-DD after today");
        }
        var serials = body.Serials ?? [];
        v.Require(serials.Count is >= 1 and <= MaxSerials, "serials", $"must hold 1 to {MaxSerials:N0} serial numbers");
        for (var i = 0; i < serials.Count; i++)
        {
            if (!IsSerial(serials[i]))
            {
                v.Add($"serials[{i}]", "must be 1 to 20 characters of GS1 character set 82 (AI 21)");
                break;
            }
        }
        v.Require(serials.Distinct(StringComparer.Ordinal).Count() == serials.Count, "serials", "must be unique within the batch");
        v.ThrowIfInvalid();
        var hashes = serials.Select(s => Hash32.Keccak(System.Text.Encoding.UTF8.GetBytes(s))).ToArray();
        var root = PackMerkleTree.Build(hashes).Root;
        var chunks = hashes.Chunk(LeavesPerTransaction).ToList();
        var steps = new List<WriteStep> { new(PharmaLedger.EncodeRegisterBatch(gtin, lot, expiry, (uint)hashes.Length, root, chunks[0])) };
        for (var c = 1; c < chunks.Count; c++)
        {
            var data = PharmaLedger.EncodePublishLeaves(BatchIds.Of(gtin, lot), (uint)(c * LeavesPerTransaction), chunks[c]);
            // Cannot be estimated before the registration is mined; 1,600 gas a leaf is above the measured 1,277.
            steps.Add(new WriteStep(data, (ulong)(1_600 * chunks[c].Length) + 500_000));
        }
        var operation = await writes.SubmitAsync(new WriteRequest { Signer = ParticipantIdentity.Of(user).Address, Kind = "registerBatch", Steps = steps }, cancellationToken);
        var gtin14 = gtin.ToString("D14", CultureInfo.InvariantCulture);
        return WriteResults.Of(operation, $"/api/v1/batches/{gtin14}/{Uri.EscapeDataString(lot)}",
            new BatchRegistered(BatchIds.Of(gtin, lot).ToString(), gtin14, lot, body.Expiry!, hashes.Length, root.ToString(), operation));
    }

    private static async Task<Results<Created<WriteAccepted>, Accepted<WriteAccepted>>> ChangeAsync(
        string gtinText, string lotText, ReasonRequest body, ClaimsPrincipal user, WritePipeline writes, string kind,
        Func<Hash32, string, byte[]> encode, CancellationToken cancellationToken)
    {
        var v = new Validator();
        var gtin = Parse.Gtin(v, "gtin", gtinText);
        var lot = Parse.Lot(v, "lot", lotText);
        var reason = Parse.Reason(v, "reason", body.Reason);
        v.ThrowIfInvalid();
        var operation = await writes.SubmitAsync(new WriteRequest
        {
            Signer = ParticipantIdentity.Of(user).Address, Kind = kind, Steps = [new WriteStep(encode(BatchIds.Of(gtin, lot), reason))],
        }, cancellationToken);
        return WriteResults.Of(operation, $"/api/v1/batches/{gtinText}/{Uri.EscapeDataString(lotText)}", new WriteAccepted(operation));
    }

    private static bool IsSerial(string? s)
    {
        const string Set82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
        return s is { Length: >= 1 and <= 20 } && s.All(c => Set82.Contains(c, StringComparison.Ordinal));
    }
}
