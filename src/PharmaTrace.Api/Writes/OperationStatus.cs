using System.ComponentModel;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Writes;

/// <summary>The state of a write: what <c>GET /api/v1/operations/{id}</c> returns.</summary>
[Description("The state of a write on its way to the chain.")]
public sealed record OperationStatus
{
    [Description("The operation id.")]
    public required Guid Id { get; init; }

    [Description("What kind of write: registerBatch, dispatch, decideCustoms, ...")]
    public required string Kind { get; init; }

    [Description("Pending (signed and stored, not yet mined), Completed or Failed.")]
    [JsonConverter(typeof(JsonStringEnumConverter<OperationState>))]
    public required OperationState State { get; init; }

    [Description("The transactions, in order.")]
    public required IReadOnlyList<OperationTransaction> Transactions { get; init; }

    [Description("Why it failed, when it did.")]
    public string? Error { get; init; }

    /// <summary>For a transaction mined with status 0: the revert data replayed at its block (a PharmaLedger custom error).</summary>
    [JsonIgnore]
    public byte[]? RevertData { get; init; }

    /// <summary>The log named by <see cref="WriteRequest.ResultEvent"/>, once mined.</summary>
    [JsonIgnore]
    public RpcLog? ResultLog { get; init; }
}
