using System.ComponentModel;

namespace PharmaTrace.Api.Writes;

/// <summary>A transaction carrying (part of) an operation.</summary>
[Description("A transaction carrying (part of) an operation.")]
public sealed record OperationTransaction(
    [property: Description("The transaction hash (0x + 64 hex digits).")] string Hash,
    [property: Description("The including block, once mined.")] ulong? BlockNumber,
    [property: Description("The including block's hash, once mined.")] string? BlockHash);
