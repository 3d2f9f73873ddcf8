using System.Numerics;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The answer of <c>eth_feeHistory</c> (EIP-1559 fee market): base fees and tip percentiles of a
/// range of recent blocks.
/// </summary>
public sealed record RpcFeeHistory
{
    /// <summary>The first block of the range.</summary>
    public required ulong OldestBlock { get; init; }

    /// <summary>
    /// The base fee of each block in the range, and one more: the next block's. Zeros (or an empty
    /// list) on networks without a fee market.
    /// </summary>
    public IReadOnlyList<BigInteger> BaseFeePerGas { get; init; } = [];

    /// <summary>Each block's gas used divided by its gas limit.</summary>
    public IReadOnlyList<double> GasUsedRatio { get; init; } = [];

    /// <summary>
    /// For each block, the tips at the requested percentiles of gas used; <see langword="null"/>
    /// when no percentiles were requested.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<BigInteger>>? Reward { get; init; }
}
