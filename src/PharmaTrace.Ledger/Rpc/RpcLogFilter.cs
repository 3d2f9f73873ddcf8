using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The filter of <c>eth_getLogs</c> (execution-apis, "Filter"): a block range or a single block
/// hash (EIP-234), contract addresses, and topics by position.
/// </summary>
public sealed record RpcLogFilter
{
    /// <summary>The first block; the node's default is <c>latest</c>.</summary>
    public BlockParameter? FromBlock { get; init; }

    /// <summary>The last block, inclusive; the node's default is <c>latest</c>.</summary>
    public BlockParameter? ToBlock { get; init; }

    /// <summary>
    /// One block by hash, instead of a range (EIP-234). Unlike a number it cannot silently switch to
    /// another fork during a reorganisation.
    /// </summary>
    public Hash32? BlockHash { get; init; }

    /// <summary>The emitting contracts (any of them); <see langword="null"/> for every contract.</summary>
    [JsonPropertyName("address")]
    public IReadOnlyList<Address>? Addresses { get; init; }

    /// <summary>
    /// Topics by position: <see langword="null"/> at a position matches anything, a list matches any
    /// of its hashes. Trailing positions may be left out.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Hash32>?>? Topics { get; init; }
}
