using System.Collections.Concurrent;
using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// Broadcasts the outbox's signed transactions and follows them to their receipts. After a restart
/// of this host it picks up every transaction not known to be mined; while the node is down it
/// keeps them and resends the same bytes when the node answers again ("already known" and
/// "nonce too low, same hash mined" count as sent: see <see cref="EthereumRpcClient.SendRawTransactionAsync"/>).
/// If the node loses blocks (a dev chain restarted from an older state, a reorganisation), the
/// transactions recorded in them go back to pending and are resent, so each lands exactly once.
/// </summary>
internal sealed class OutboxMonitor(LedgerChain chain, OutboxStore store, ILogger<OutboxMonitor> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RebroadcastAfter = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ReplayWait = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Hash32, OutboxTransaction> _pending = new();
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<OperationStatus>> _waiters = new();
    private readonly ConcurrentDictionary<Address, bool> _released = new();
    private readonly ConcurrentDictionary<Hash32, TaskCompletionSource> _settled = new();
    private readonly SemaphoreSlim _wake = new(0);
    // Receipts being stored: the poll and a synchronous send may both find the same one.
    private readonly ConcurrentDictionary<Hash32, bool> _finishing = new();
    // How long a send waits for its receipt (eth_sendRawTransactionSync) before the poll takes over:
    // 2 s, or half an RPC attempt if that is shorter.
    private static readonly TimeSpan SyncSendTimeout = TimeSpan.FromSeconds(2);
    private volatile bool _sendSync = true;

    /// <summary>Completes when <paramref name="operationId"/> is mined or fails; register before it is queued.</summary>
    public Task<OperationStatus> WaitAsync(Guid operationId) =>
        _waiters.GetOrAdd(operationId, _ => new TaskCompletionSource<OperationStatus>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Stops waiting for an operation (the request answered 202 or went away).</summary>
    public void Forget(Guid operationId) => _waiters.TryRemove(operationId, out _);

    /// <summary>
    /// Completes when the monitor is done with <paramref name="transaction"/>: mined (whatever its
    /// status) or refused for good. Ask before <see cref="TrackAsync"/>; it never fails.
    /// </summary>
    public Task WhenSettledAsync(Hash32 transaction) =>
        _settled.GetOrAdd(transaction, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Takes stored transactions into care and broadcasts them once; a node outage only delays them.</summary>
    public async Task TrackAsync(IReadOnlyList<OutboxTransaction> transactions, CancellationToken cancellationToken)
    {
        foreach (var tx in transactions)
        {
            _pending[tx.Hash] = tx;
        }
        for (var i = 0; i < transactions.Count; i++)
        {
            // The last one may wait for its receipt (eth_sendRawTransactionSync); the earlier steps of a
            // multi-step write go to the pool at once, so that a block can hold them all.
            if (!await BroadcastAsync(transactions[i], cancellationToken, waitForReceipt: i == transactions.Count - 1))
            {
                break;
            }
            if (!_pending.ContainsKey(transactions[i].Hash) && store.Get(transactions[i].Hash) == "refused")
            {
                // Refused for good: the later steps of the same write depend on it and are never broadcast.
                foreach (var later in transactions.Skip(i + 1).Reverse())
                {
                    Refuse(later, $"An earlier transaction of the same write ({transactions[i].Hash}) was refused by the node.");
                }
                break;
            }
        }
        _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await chain.GetAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return;
        }
        foreach (var tx in store.LoadUnmined())
        {
            _pending.TryAdd(tx.Hash, tx);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckLostBlocksAsync(stoppingToken);
                await PollAsync(stoppingToken);
            }
            catch (ChainUnavailableException e)
            {
                Log.ChainUnreachable(logger, e.Message, _pending.Count);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (RpcException e)
            {
                Log.ReceiptQueryRefused(logger, e);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
            await _wake.WaitAsync(PollInterval, stoppingToken);
        }
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        var pending = _pending.Values.ToList();
        foreach (var chunk in pending.Chunk(500))
        {
            var batch = chain.Client.Rpc.CreateBatch();
            var items = chunk.Select(tx => (tx, item: batch.Add<RpcTransactionReceipt>("eth_getTransactionReceipt", [tx.Hash]))).ToList();
            await batch.SendAsync(cancellationToken);
            foreach (var (tx, item) in items)
            {
                if (item.Error is null && item.Result is { } receipt)
                {
                    await FinishMinedAsync(tx, receipt, cancellationToken);
                }
                else if (DateTimeOffset.UtcNow - tx.LastBroadcast > RebroadcastAfter)
                {
                    await BroadcastAsync(tx, cancellationToken);
                }
            }
        }
    }

    /// <summary>
    /// The newest block we recorded a transaction in must still be on the chain with the same hash;
    /// if not, the chain lost blocks, and the transactions recorded from there on are checked again.
    /// </summary>
    private async Task CheckLostBlocksAsync(CancellationToken cancellationToken)
    {
        if (store.HighestMinedBlock() is not { } highest)
        {
            return;
        }
        var block = await chain.Client.GetBlockByNumberAsync(BlockParameter.FromNumber(highest.Number), cancellationToken);
        if (block?.Hash == highest.Hash)
        {
            return;
        }
        var head = await chain.Client.GetBlockNumberAsync(cancellationToken);
        var suspects = store.LoadMinedSince(Math.Min(head, highest.Number) > 64 ? Math.Min(head, highest.Number) - 64 : 0);
        Log.BlocksLost(logger, highest.Number, highest.Hash.ToString(), suspects.Count);
        // Replayed one at a time in their first order and each awaited: transactions of different
        // signers depend on each other (an admission before the admitted party's dispatch), and only
        // one signer's order is kept by nonces.
        foreach (var tx in suspects)
        {
            var receipt = await chain.Client.GetTransactionReceiptAsync(tx.Hash, cancellationToken);
            if (receipt is null)
            {
                store.MarkUnmined(tx.Hash);
                _pending[tx.Hash] = tx;
                await BroadcastAsync(tx, cancellationToken);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                while (receipt is null && watch.Elapsed < ReplayWait)
                {
                    await Task.Delay(20, cancellationToken);
                    receipt = await chain.Client.GetTransactionReceiptAsync(tx.Hash, cancellationToken);
                }
            }
            if (receipt is not null)
            {
                await FinishMinedAsync(tx, receipt, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Sends the stored bytes. With <paramref name="waitForReceipt"/> and a node that has
    /// <c>eth_sendRawTransactionSync</c> (EIP-7966), the send also brings the receipt when the node mines
    /// at once (Anvil's automine, fast block producers), and the transaction is finished here instead of
    /// by the next poll; otherwise the poll follows it, as for a plain send.
    /// </summary>
    private async Task<bool> BroadcastAsync(OutboxTransaction tx, CancellationToken cancellationToken, bool waitForReceipt = false)
    {
        tx.LastBroadcast = DateTimeOffset.UtcNow;
        try
        {
            RpcTransactionReceipt? receipt = null;
            if (waitForReceipt && _sendSync)
            {
                try
                {
                    receipt = await chain.Client.SendRawTransactionSyncAsync(
                        tx.Raw, TimeSpan.FromTicks(Math.Min(SyncSendTimeout.Ticks, chain.Client.Rpc.AttemptTimeout.Ticks / 2)), cancellationToken);
                }
                catch (RpcException e) when (e.Code is RpcException.MethodNotFound or RpcException.MethodNotSupported)
                {
                    _sendSync = false;
                    await chain.Client.SendRawTransactionAsync(tx.Raw, cancellationToken);
                }
            }
            else
            {
                await chain.Client.SendRawTransactionAsync(tx.Raw, cancellationToken);
            }
            store.MarkSent(tx.Hash);
            if (receipt is not null)
            {
                await FinishMinedAsync(tx, receipt, cancellationToken);
            }
            return true;
        }
        catch (ChainUnavailableException)
        {
            return false;
        }
        catch (NonceTooLowException e)
        {
            // Another transaction took this nonce and the node does not know ours: it can never be
            // mined. Only a second writer with the same key can cause this.
            if (await chain.Client.GetTransactionReceiptAsync(tx.Hash, cancellationToken) is null)
            {
                _pending.TryRemove(tx.Hash, out _);
                var refused = store.MarkRefused(tx.Hash, $"The nonce {tx.Nonce} of {tx.Signer} was used by another transaction: {e.Message}", releaseNonce: false).Operations;
                Settled(tx.Hash);
                Complete(refused);
            }
            return true;
        }
        catch (RpcException e) when (RefusalKind.IsPermanent(e))
        {
            Refuse(tx, $"The node refused transaction {tx.Hash} (nonce {tx.Nonce} of {tx.Signer}) for good: {e.RpcMessage}");
            return true;
        }
        catch (RpcException e)
        {
            // Transient (pool full, fee too low for now, nonce gap being filled): resent after RebroadcastAfter.
            Log.BroadcastRefused(logger, tx.Hash.ToString(), e.Message);
            return true;
        }
    }

    /// <summary>Whether the signer's queue must read its next nonce again (a refused transaction gave its nonce back); clears the flag.</summary>
    public bool TakeReleasedNonce(Address signer) => _released.TryRemove(signer, out _);

    /// <summary>A receipt is in: a status-0 one has its revert replayed, then the outcome is stored and its waiters told.</summary>
    private async Task FinishMinedAsync(OutboxTransaction tx, RpcTransactionReceipt receipt, CancellationToken cancellationToken)
    {
        if (!_finishing.TryAdd(tx.Hash, true))
        {
            return;
        }
        try
        {
            var revert = receipt.Succeeded ? null : await RevertReplay.ReplayAsync(chain, receipt, cancellationToken);
            _pending.TryRemove(tx.Hash, out _);
            var finished = store.MarkMined(receipt, revert);
            Settled(tx.Hash);
            Complete(finished);
        }
        finally
        {
            _finishing.TryRemove(tx.Hash, out _);
        }
    }

    private void Refuse(OutboxTransaction tx, string reason)
    {
        Log.BroadcastRefused(logger, tx.Hash.ToString(), reason);
        _pending.TryRemove(tx.Hash, out _);
        var (operations, released) = store.MarkRefused(tx.Hash, reason, releaseNonce: true);
        if (released)
        {
            _released[tx.Signer] = true;
        }
        Settled(tx.Hash);
        Complete(operations);
    }

    /// <summary>
    /// The transaction's outcome is stored (and a released nonce flagged): whoever waits for it goes
    /// on. Not earlier, so that the signer's next batch sees the released nonce and does not wait on
    /// this write's lock of the outbox.
    /// </summary>
    private void Settled(Hash32 transaction)
    {
        if (_settled.TryRemove(transaction, out var settled))
        {
            settled.TrySetResult();
        }
    }

    private void Complete(List<Guid> operations)
    {
        var waited = operations.Where(_waiters.ContainsKey).ToList();
        if (waited.Count == 0)
        {
            return;
        }
        foreach (var status in store.GetMany(waited))
        {
            if (_waiters.TryRemove(status.Id, out var waiter))
            {
                waiter.TrySetResult(status);
            }
        }
    }
}
