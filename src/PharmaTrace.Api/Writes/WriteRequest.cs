using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// A write for <see cref="WritePipeline.SubmitAsync"/>: who signs, what kind of operation (for
/// <c>GET /api/v1/operations/{id}</c>), and the calls in order. A single estimated step may be merged
/// with other writes of the same signer into one multicall transaction; several steps are sent as
/// consecutive transactions (consecutive nonces, so in order).
/// </summary>
public sealed record WriteRequest
{
    /// <summary>The participant whose hosted key signs.</summary>
    public required Address Signer { get; init; }

    /// <summary>A short name: <c>dispatch</c>, <c>registerBatch</c>, <c>decommission</c>...</summary>
    public required string Kind { get; init; }

    /// <summary>The calls, in order; the first is estimated unless it has a gas limit.</summary>
    public required IReadOnlyList<WriteStep> Steps { get; init; }

    /// <summary>The event whose log the result carries (the first one of this topic that the first step emits), e.g. <c>ShipmentDispatched</c>.</summary>
    public Hash32? ResultEvent { get; init; }
}
