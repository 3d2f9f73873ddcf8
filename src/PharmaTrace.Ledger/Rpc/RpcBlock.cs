using System.Numerics;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The header fields of a block that PharmaTrace needs (execution-apis, "Block object"), and the
/// hashes of its transactions in order.
/// </summary>
public sealed record RpcBlock
{
    /// <summary>The block number.</summary>
    public required ulong Number { get; init; }

    /// <summary>The block hash.</summary>
    public required Hash32 Hash { get; init; }

    /// <summary>The parent's hash; comparing it with the previous block's hash detects a reorganisation.</summary>
    public required Hash32 ParentHash { get; init; }

    /// <summary>Seconds since the Unix epoch, as the block producer set it.</summary>
    public required ulong Timestamp { get; init; }

    /// <summary>The gas limit of the block.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>The gas used by the block's transactions.</summary>
    public ulong GasUsed { get; init; }

    /// <summary>
    /// The EIP-1559 base fee per gas; <see langword="null"/> before London or on networks without
    /// the fee market, and 0 on zero-fee private networks.
    /// </summary>
    public BigInteger? BaseFeePerGas { get; init; }

    /// <summary>The transaction hashes, in block order.</summary>
    [JsonPropertyName("transactions")]
    public IReadOnlyList<Hash32> TransactionHashes { get; init; } = [];
}
