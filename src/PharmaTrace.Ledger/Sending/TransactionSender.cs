using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// Sends transactions signed by one key for many concurrent callers. It owns the account's nonces:
/// an async lock covers nonce assignment, signing and the first broadcast, so the node receives
/// nonces in order. Every signed transaction is kept, raw bytes and all, until it is mined; a
/// background monitor polls receipts, rebroadcasts the same bytes after a node outage or a drop,
/// and re-validates the cached nonce against the chain (the nonce is never trusted forever).
/// </summary>
/// <remarks>
/// Re-signing is the dangerous operation: two signatures for one request could both be mined. It
/// happens only for a transaction the node never accepted and whose nonce is gone ("nonce too low"
/// and the node does not know its hash) or refused ("nonce too high"). An accepted transaction is
/// only ever rebroadcast byte for byte.
/// </remarks>
public sealed partial class TransactionSender : IAsyncDisposable
{
    private readonly EthereumRpcClient _client;
    private readonly PrivateKey _key;
    private readonly TransactionSenderOptions _options;
    private readonly FeeOracle _fees;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly CancellationTokenSource _lifetime = new();
    private readonly SortedDictionary<ulong, TrackedTransaction> _tracked = [];
    private readonly SortedSet<ulong> _freeNonces = [];
    private ulong? _chainId;
    private ulong _nextNonce;
    private Task? _monitor;
    private volatile bool _nodeDown;
    private int _disposed;

    /// <summary>Creates a sender for <paramref name="key"/>; the key is borrowed, not disposed.</summary>
    public TransactionSender(EthereumRpcClient client, PrivateKey key, TransactionSenderOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(key);
        _options = options ?? new TransactionSenderOptions();
        _options.Validate();
        _client = client;
        _key = key;
        _time = time ?? TimeProvider.System;
        _fees = new FeeOracle(client, _options.FeeCacheDuration, _time);
    }

    /// <summary>The sending account.</summary>
    public Address Address => _key.Address;

    /// <summary>Signed transactions not yet mined with the required confirmations.</summary>
    public int PendingCount
    {
        get
        {
            lock (_tracked)
            {
                return _tracked.Count;
            }
        }
    }

    /// <summary>Submits and waits until mined with the configured confirmations.</summary>
    /// <exception cref="TransactionRevertedException">The estimate reverted (nothing signed) or the receipt has status 0.</exception>
    public async Task<TransactionResult> SendAsync(TransactionRequest request, CancellationToken cancellationToken)
    {
        var pending = await SubmitAsync(request, cancellationToken);
        return await pending.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Estimates, signs and broadcasts. Once this returns the sender owns the transaction and will
    /// get it mined even across node restarts; cancellation is honoured only before signing.
    /// </summary>
    /// <exception cref="TransactionRevertedException">The gas estimate reverted; nothing was signed.</exception>
    /// <exception cref="ChainUnavailableException">The node could not be reached before signing; nothing was signed.</exception>
    /// <exception cref="RpcException">The node refused the transaction for good (underpriced, no funds); its nonce is reused.</exception>
    public async Task<PendingTransaction> SubmitAsync(TransactionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(_disposed == 1, this);
        await EnsureStartedAsync(cancellationToken);
        var gas = request.GasLimit ?? await EstimateGasAsync(request, cancellationToken);
        var fees = await _fees.GetFeesAsync(cancellationToken);
        var tracked = new TrackedTransaction(request, gas);
        await _lock.WaitAsync(cancellationToken);
        try
        {
            AssignAndSign(tracked, fees);
            // From here the transaction exists: the outcome must not depend on the caller's token.
            await BroadcastNewAsync(tracked, _lifetime.Token);
        }
        finally
        {
            _lock.Release();
        }
        return new PendingTransaction(() => tracked.Hash, () => tracked.Nonce, tracked.Completion.Task);
    }

    /// <summary>Stops the monitor; transactions still pending fail with <see cref="ObjectDisposedException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _lifetime.CancelAsync();
        if (_monitor is { } monitor)
        {
            await monitor.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        lock (_tracked)
        {
            foreach (var t in _tracked.Values)
            {
                t.Completion.TrySetException(new ObjectDisposedException(nameof(TransactionSender)));
            }
            _tracked.Clear();
        }
        _lifetime.Dispose();
        _lock.Dispose();
    }

    private async Task EnsureStartedAsync(CancellationToken cancellationToken)
    {
        if (_chainId is not null)
        {
            return;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_chainId is null)
            {
                var chainId = await _client.GetChainIdAsync(cancellationToken);
                _nextNonce = await _client.GetTransactionCountAsync(Address, BlockParameter.Pending, cancellationToken);
                _chainId = chainId;
                _monitor = Task.Run(() => MonitorAsync(_lifetime.Token), CancellationToken.None);
            }
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<ulong> EstimateGasAsync(TransactionRequest request, CancellationToken cancellationToken)
    {
        var call = new RpcCallRequest { From = Address, To = request.To, Data = request.Data, Value = request.Value };
        try
        {
            var estimate = await _client.EstimateGasAsync(call, null, cancellationToken);
            return checked(estimate + (estimate * (ulong)_options.GasHeadroomPercent / 100));
        }
        catch (ExecutionRevertedException e)
        {
            throw new TransactionRevertedException(null, e.RevertData, _options.ErrorDecoder(e.RevertData), e);
        }
    }

    /// <summary>Takes the lowest free nonce (a gap left by a refused transaction) or the next one; caller holds the lock.</summary>
    private void AssignAndSign(TrackedTransaction tracked, TransactionFees fees)
    {
        ulong nonce;
        if (_freeNonces.Count > 0)
        {
            nonce = _freeNonces.Min;
            _freeNonces.Remove(nonce);
        }
        else
        {
            nonce = _nextNonce++;
        }
        tracked.Signed = Build(tracked, nonce, fees).Sign(_key);
        tracked.Accepted = false;
        lock (_tracked)
        {
            _tracked[nonce] = tracked;
        }
    }

    private Transaction Build(TrackedTransaction t, ulong nonce, TransactionFees fees) => fees.GasPrice is { } gasPrice
        ? new LegacyTransaction
        {
            ChainId = _chainId!.Value, Nonce = nonce, GasLimit = t.GasLimit, To = t.Request.To,
            Value = t.Request.Value, Data = t.Request.Data, GasPrice = gasPrice,
        }
        : new Eip1559Transaction
        {
            ChainId = _chainId!.Value, Nonce = nonce, GasLimit = t.GasLimit, To = t.Request.To,
            Value = t.Request.Value, Data = t.Request.Data,
            MaxFeePerGas = fees.MaxFeePerGas, MaxPriorityFeePerGas = fees.MaxPriorityFeePerGas,
        };

    private void Untrack(TrackedTransaction tracked)
    {
        lock (_tracked)
        {
            if (_tracked.TryGetValue(tracked.Nonce, out var current) && ReferenceEquals(current, tracked))
            {
                _tracked.Remove(tracked.Nonce);
            }
        }
    }
}
