using System.Numerics;

namespace PharmaTrace.Ledger.Rpc;

public sealed partial class EthereumRpcClient
{
    private static readonly double[] MedianPercentile = [50];

    /// <summary><c>eth_gasPrice</c>: the node's legacy gas price suggestion in wei (base fee plus a tip on EIP-1559 chains).</summary>
    public Task<BigInteger> GetGasPriceAsync(CancellationToken cancellationToken) =>
        RequireAsync<BigInteger>("eth_gasPrice", [], cancellationToken);

    /// <summary>
    /// A tip per gas (EIP-1559) likely to get a transaction included: <c>eth_maxPriorityFeePerGas</c>
    /// where the node has it; otherwise the median tip of recent blocks from <c>eth_feeHistory</c>;
    /// otherwise 0. Zero-fee private networks get 0.
    /// </summary>
    public async Task<BigInteger> GetMaxPriorityFeePerGasAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RequireAsync<BigInteger>("eth_maxPriorityFeePerGas", [], cancellationToken);
        }
        catch (RpcException e) when (IsUnsupported(e))
        {
        }
        try
        {
            var history = await GetFeeHistoryAsync(4, BlockParameter.Latest, MedianPercentile, cancellationToken);
            var tips = (history.Reward ?? []).Where(r => r.Count > 0).Select(r => r[0]).Order().ToList();
            return tips.Count == 0 ? BigInteger.Zero : tips[tips.Count / 2];
        }
        catch (RpcException e) when (IsUnsupported(e))
        {
            return BigInteger.Zero;
        }
    }

    /// <summary>
    /// <c>eth_feeHistory</c>: base fees and, per block, the tips at the given percentiles of gas used
    /// (each 0 to 100, ascending) for <paramref name="blockCount"/> blocks ending at <paramref name="newestBlock"/>.
    /// </summary>
    public Task<RpcFeeHistory> GetFeeHistoryAsync(ulong blockCount, BlockParameter newestBlock, IReadOnlyList<double> rewardPercentiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rewardPercentiles);
        return RequireAsync<RpcFeeHistory>("eth_feeHistory", [blockCount, newestBlock, rewardPercentiles.ToArray()], cancellationToken);
    }

    /// <summary>
    /// <c>eth_estimateGas</c>: the gas the call or transaction would use. <paramref name="block"/>
    /// is sent only when given, as some nodes refuse the second parameter.
    /// </summary>
    /// <exception cref="ExecutionRevertedException">The transaction would revert; it carries the revert data.</exception>
    public Task<ulong> EstimateGasAsync(RpcCallRequest call, BlockParameter? block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return block is { } tag
            ? RequireAsync<ulong>("eth_estimateGas", [call, tag], cancellationToken)
            : RequireAsync<ulong>("eth_estimateGas", [call], cancellationToken);
    }

    // EIP-1474 -32004 "method not supported" and JSON-RPC -32601 "method not found"; some nodes
    // and gateways use -32000 with a message instead. Other errors (a missing header, a range
    // limit) are not "unsupported" and propagate.
    private static bool IsUnsupported(RpcException e) =>
        e.Code is RpcException.MethodNotFound or RpcException.MethodNotSupported
        || e.RpcMessage.Contains("method not found", StringComparison.OrdinalIgnoreCase)
        || e.RpcMessage.Contains("not supported", StringComparison.OrdinalIgnoreCase)
        || e.RpcMessage.Contains("unsupported method", StringComparison.OrdinalIgnoreCase)
        || e.RpcMessage.Contains("does not exist", StringComparison.OrdinalIgnoreCase);
}
