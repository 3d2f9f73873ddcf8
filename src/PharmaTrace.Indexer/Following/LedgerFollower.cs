using Microsoft.Extensions.Logging;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Following;

/// <summary>
/// Follows one deployment on one node: reads the contract's logs range by range up to the confirmed
/// head, projects them with the checkpoint in one transaction, and walks back on a reorganisation.
/// </summary>
public sealed class LedgerFollower
{
    private readonly EthereumRpcClient _client;
    private readonly DeploymentManifest _manifest;
    private readonly IndexerStore _store;
    private readonly IndexerOptions _options;
    private readonly IndexerStatus _status;
    private readonly IndexerMetrics _metrics;
    private readonly ILogger _logger;
    private readonly Address _contract;
    private readonly AdaptiveBlockRange _range;
    private Checkpoint? _checkpoint;
    private RangeRead.Pending? _prefetch;

    public LedgerFollower(EthereumRpcClient client, DeploymentManifest manifest, IndexerStore store, IndexerOptions options, IndexerStatus status, IndexerMetrics metrics, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _manifest = manifest;
        _store = store;
        _options = options;
        _status = status ?? throw new ArgumentNullException(nameof(status));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _contract = manifest.Contracts[DeploymentManifest.PharmaLedger];
        _range = new AdaptiveBlockRange(options.InitialBlockRange, options.MaxBlockRange);
    }

    /// <summary>The block range the next read asks for.</summary>
    public ulong CurrentBlockRange => _range.Current;

    /// <summary>
    /// Checks that the node is the manifest's chain and that the read model indexes this deployment,
    /// creating it when empty.
    /// </summary>
    /// <exception cref="DeploymentMismatchException">The node is another chain.</exception>
    /// <exception cref="ReadModelIdentityMismatchException">The read model indexes another chain or deployment.</exception>
    /// <exception cref="ReadModelSchemaMismatchException">The read model's tables have an older layout: rebuild it.</exception>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await DeploymentVerifier.VerifyAsync(_client, _manifest, cancellationToken);
        var before = _manifest.DeploymentBlock == 0 ? 0 : _manifest.DeploymentBlock - 1;
        var start = await RequireBlockAsync(before, cancellationToken);
        _checkpoint = await _store.OpenAsync(ChainIdentity.Of(_manifest), new Checkpoint(start.Number, start.Hash), cancellationToken);
        _logger.Indexing(ChainIdentity.Of(_manifest).ToString(), _checkpoint.BlockNumber);
    }

    /// <summary>Follows the chain until cancelled; transient faults are recorded and retried.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_checkpoint is null)
        {
            await OpenAsync(cancellationToken);
        }
        _status.Started();
        try
        {
            var failures = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    var progressed = await StepAsync(cancellationToken);
                    failures = 0;
                    if (!progressed)
                    {
                        await Task.Delay(_options.PollInterval, cancellationToken);
                    }
                }
                catch (Exception e) when (e is RpcException or ChainUnavailableException or System.Data.Common.DbException or HttpRequestException)
                {
                    // A node or database fault: nothing was committed, so retrying the same range is safe.
                    failures++;
                    _status.Failed(e, DateTimeOffset.UtcNow);
                    _logger.StepFailed(e, failures);
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5_000, 100 * (1 << Math.Min(failures, 6)))), cancellationToken);
                }
            }
        }
        finally
        {
            _status.Stopped();
        }
    }

    /// <summary>One step: a range projected, a reorganisation rolled back, or nothing new (false).</summary>
    public async Task<bool> StepAsync(CancellationToken cancellationToken)
    {
        if (_checkpoint is not null && _store.NeedsAlignment)
        {
            // A commit or rollback failed on some lanes after others had moved: bring them back together first.
            _checkpoint = await _store.AlignAsync(cancellationToken);
        }
        var checkpoint = _checkpoint ?? throw new InvalidOperationException("Call OpenAsync first.");
        var started = DateTimeOffset.UtcNow;
        var head = await _client.GetBlockNumberAsync(cancellationToken);
        var target = head > _options.Confirmations ? head - _options.Confirmations : 0;
        if (checkpoint.BlockNumber >= target)
        {
            // Nothing new; but the chain may have reorganised to the same height.
            var current = await _client.GetBlockByNumberAsync(checkpoint.BlockNumber, cancellationToken);
            if (current is null || current.Hash != checkpoint.BlockHash)
            {
                await RollBackAsync(checkpoint, cancellationToken);
                return true;
            }
            if (_store.QueryIndexesPending)
            {
                // Caught up with a read model replayed from the deployment: now its query indexes, each built once.
                var building = System.Diagnostics.Stopwatch.StartNew();
                var lanes = await _store.BuildQueryIndexesAsync(cancellationToken);
                _logger.QueryIndexesBuilt(string.Join(", ", lanes), checkpoint.BlockNumber, building.Elapsed.TotalSeconds);
            }
            _status.Progressed(head, checkpoint.BlockNumber, target, 0, started, DateTimeOffset.UtcNow);
            return false;
        }
        var from = checkpoint.BlockNumber + 1;
        var to = Math.Min(target, checkpoint.BlockNumber + _range.Current);
        RangeRead read;
        try
        {
            read = await TakePrefetchedAsync(from, to) ?? await ReadRangeAsync(from, to, cancellationToken);
        }
        catch (RpcException e) when (e.Method == "eth_getLogs" && _range.Failed())
        {
            // Providers refuse large ranges or results with an error (EIP-1474 -32005 and others).
            _metrics.RangeShrinks.Add(1);
            _status.Failed(e, DateTimeOffset.UtcNow);
            _logger.RangeRefused(from, to, e.RpcMessage, _range.Current);
            return true;
        }
        var (logs, headers, events) = (read.Logs, read.Headers, read.Events);
        if (headers[checkpoint.BlockNumber].Hash != checkpoint.BlockHash)
        {
            await RollBackAsync(checkpoint, cancellationToken);
            return true;
        }
        if (logs.Any(l => l.Removed || headers[l.BlockNumber].Hash != l.BlockHash))
        {
            // The chain moved between the two calls; read the range again.
            return true;
        }
        var blocks = headers.Values.Where(h => h.Number > checkpoint.BlockNumber)
            .Select(h => new ProcessedBlock(h.Number, h.Hash, h.ParentHash)).OrderBy(b => b.Number).ToList();
        var next = new Checkpoint(to, headers[to].Hash);
        _range.Succeeded(logs.Count);
        // Catching up, the node reads the next range while the database writes this one. The read is
        // checked like any other when it is used: its first header must be this range's last block.
        var nextTo = Math.Min(target, to + _range.Current);
        if (nextTo > to)
        {
            _prefetch = new RangeRead.Pending(to + 1, nextTo, ReadRangeAsync(to + 1, nextTo, cancellationToken));
        }
        await _store.CommitRangeAsync(checkpoint, next, blocks, events, cancellationToken);
        _checkpoint = next;
        _metrics.EventsProjected.Add(events.Count);
        _status.Progressed(head, to, target, events.Count, started, DateTimeOffset.UtcNow);
        return true;
    }

    private async Task<RangeRead> ReadRangeAsync(ulong from, ulong to, CancellationToken cancellationToken)
    {
        var logs = await _client.GetLogsAsync(new RpcLogFilter { FromBlock = from, ToBlock = to, Addresses = [_contract] }, cancellationToken);
        var headers = await ReadHeadersAsync([from - 1, .. logs.Select(l => l.BlockNumber), to], cancellationToken);
        return new RangeRead(logs, headers, Decode(logs, headers));
    }

    // The prefetched read if it is for this range; a prefetch for another range is dropped (its errors observed).
    private async Task<RangeRead?> TakePrefetchedAsync(ulong from, ulong to)
    {
        if (_prefetch is not { } pending)
        {
            return null;
        }
        _prefetch = null;
        if (pending.From == from && pending.To == to)
        {
            return await pending.Read;
        }
        _ = pending.Read.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return null;
    }

    private List<LedgerEvent> Decode(IReadOnlyList<RpcLog> logs, Dictionary<ulong, RpcBlock> headers)
    {
        var events = new List<LedgerEvent>(logs.Count);
        foreach (var log in logs.OrderBy(l => l.BlockNumber).ThenBy(l => l.LogIndex))
        {
            if (!PharmaLedger.TryDecodeEvent(log.Topics, log.Data.Span, out var evt))
            {
                _logger.Undecodable(log.TransactionHash.ToString(), log.LogIndex);
                continue;
            }
            var header = headers[log.BlockNumber];
            var context = new LedgerEventContext(log.BlockNumber, log.BlockHash, DateTimeOffset.FromUnixTimeSeconds((long)header.Timestamp),
                log.TransactionHash, checked((int)log.TransactionIndex), checked((int)log.LogIndex));
            events.Add(new LedgerEvent(context, evt));
        }
        return events;
    }

    // Walks back over the stored blocks to the highest one still on the chain, and rolls back to it.
    private async Task RollBackAsync(Checkpoint checkpoint, CancellationToken cancellationToken)
    {
        Checkpoint? ancestor = null;
        var stored = await _store.ReadBlocksAsync(checkpoint.BlockNumber, cancellationToken);
        foreach (var chunk in stored.Chunk(64))
        {
            var onChain = await ReadHeadersAsync([.. chunk.Select(b => b.Number)], cancellationToken, allowMissing: true);
            var match = chunk.FirstOrDefault(b => onChain.TryGetValue(b.Number, out var h) && h.Hash == b.Hash);
            if (match is not null)
            {
                ancestor = new Checkpoint(match.Number, match.Hash);
                break;
            }
        }
        if (ancestor is null)
        {
            // Deeper than the blocks kept: replay from the deployment.
            var before = _manifest.DeploymentBlock == 0 ? 0 : _manifest.DeploymentBlock - 1;
            var start = await RequireBlockAsync(before, cancellationToken);
            ancestor = new Checkpoint(start.Number, start.Hash);
        }
        _logger.RolledBack(checkpoint.BlockNumber, ancestor.BlockNumber);
        await _store.RollBackAsync(checkpoint, ancestor, cancellationToken);
        _checkpoint = ancestor;
        _metrics.Reorganisations.Add(1);
    }

    // JSON-RPC batches of headers (JSON-RPC 2.0, section 6): one round trip per 500 blocks, under the
    // batch limits nodes set (Besu's default is 1,024 calls).
    private async Task<Dictionary<ulong, RpcBlock>> ReadHeadersAsync(IReadOnlyList<ulong> numbers, CancellationToken cancellationToken, bool allowMissing = false)
    {
        var headers = new Dictionary<ulong, RpcBlock>();
        foreach (var chunk in numbers.Distinct().Chunk(500))
        {
            var batch = _client.Rpc.CreateBatch();
            var items = chunk.Select(n => (Number: n, Item: batch.Add<RpcBlock>("eth_getBlockByNumber", [BlockParameter.FromNumber(n), false]))).ToList();
            await batch.SendAsync(cancellationToken);
            foreach (var (number, item) in items)
            {
                if (item.Result is { } block)
                {
                    headers[number] = block;
                }
                else if (!allowMissing)
                {
                    throw new RpcException("eth_getBlockByNumber", -32001, $"Block {number} is not on the chain (any more).", null);
                }
            }
        }
        return headers;
    }

    private async Task<RpcBlock> RequireBlockAsync(ulong number, CancellationToken cancellationToken) =>
        await _client.GetBlockByNumberAsync(number, cancellationToken)
        ?? throw new RpcException("eth_getBlockByNumber", -32001, $"Block {number} is not on the chain.", null);
}
