using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// Reads fees from the chain: EIP-1559 when the latest block has a base fee (tip from
/// <c>eth_maxPriorityFeePerGas</c> or fee history), legacy <c>eth_gasPrice</c> otherwise. Zero-fee
/// networks (base fee 0, gas price 0) get zeros. The answer is cached briefly so that a burst of
/// concurrent sends costs two calls, not two per send.
/// </summary>
public sealed class FeeOracle
{
    private readonly EthereumRpcClient _client;
    private readonly TimeSpan _cacheDuration;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private Task<TransactionFees>? _refreshing;
    private (TransactionFees Fees, DateTimeOffset ReadAt)? _cached;

    /// <summary>Creates an oracle that keeps an answer for <paramref name="cacheDuration"/>.</summary>
    public FeeOracle(EthereumRpcClient client, TimeSpan cacheDuration, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _cacheDuration = cacheDuration;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The fees to sign with now.</summary>
    public async Task<TransactionFees> GetFeesAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fees)
        {
            return fees;
        }
        Task<TransactionFees> refreshing;
        lock (_gate)
        {
            // One read for all concurrent callers; each may stop waiting on its own token.
            refreshing = _refreshing ??= RefreshAsync();
        }
        return await refreshing.WaitAsync(cancellationToken);
    }

    private async Task<TransactionFees> RefreshAsync()
    {
        // Never completes synchronously, so the finally below cannot run before _refreshing is set.
        await Task.Yield();
        try
        {
            // Shared by every waiter, so no single caller's token may cancel it; the RPC client bounds its time.
            var read = await ReadAsync(CancellationToken.None);
            _cached = (read, _time.GetUtcNow());
            return read;
        }
        finally
        {
            lock (_gate)
            {
                _refreshing = null;
            }
        }
    }

    /// <summary>Forgets the cached fees, e.g. after the node refused a transaction as underpriced.</summary>
    public void Invalidate() => _cached = null;

    private TransactionFees? Fresh() =>
        _cached is { } c && _time.GetUtcNow() - c.ReadAt < _cacheDuration ? c.Fees : null;

    private async Task<TransactionFees> ReadAsync(CancellationToken cancellationToken)
    {
        var latest = await _client.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken)
            ?? throw new RpcException("eth_getBlockByNumber", -32603, "The node has no latest block.", null);
        if (latest.BaseFeePerGas is not { } baseFee)
        {
            return TransactionFees.Legacy(await _client.GetGasPriceAsync(cancellationToken));
        }
        // A zero base fee is a zero-fee private network: a tip would only burn the sender's balance.
        var tip = baseFee.IsZero ? 0 : await _client.GetMaxPriorityFeePerGasAsync(cancellationToken);
        return TransactionFees.Eip1559(baseFee, tip);
    }
}
