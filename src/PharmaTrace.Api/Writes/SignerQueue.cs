using System.Diagnostics;
using System.Threading.Channels;
using PharmaTrace.Api.Chain;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// The one place where a signer's nonces are assigned and its transactions signed. Writes queue
/// here; once the previous transaction is mined, the worker takes everything queued, merges
/// single-call writes into one <c>multicall</c> transaction (OpenZeppelin Multicall: the calls run
/// as the signer, all or nothing), signs, and stores the signed bytes with their operations in the
/// outbox before anyone is told "accepted". The monitor then broadcasts and follows them.
/// </summary>
internal sealed class SignerQueue
{
    private readonly Channel<QueuedWrite> _channel = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Address _signer;
    private readonly WriteServices _services;
    // How long the next batch waits for the signer's previous transaction to be mined (see RunAsync).
    // Past it (a stalled or slow chain) the next batch is simulated and sent all the same.
    private static readonly TimeSpan PreviousTransactionWait = TimeSpan.FromSeconds(2);
    // Node pools refuse transactions above 128 KB (Geth, Besu, Reth): a merged call's data stays well under.
    private const int MaxMulticallBytes = 96 * 1024;
    private ulong? _nextNonce;
    private Task? _previousSettled;
    private long _previousStored;

    public SignerQueue(Address signer, WriteServices services, CancellationToken stopping)
    {
        _signer = signer;
        _services = services;
        _ = Task.Run(() => RunAsync(stopping), CancellationToken.None);
    }

    public void Enqueue(QueuedWrite write)
    {
        if (!_channel.Writer.TryWrite(write))
        {
            write.Persisted.TrySetException(new ObjectDisposedException(nameof(SignerQueue)));
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        var reader = _channel.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stopping))
            {
                // One transaction of the signer in flight at a time: the next batch waits for the previous
                // one's receipt and takes in everything queued meanwhile. A node that mines a block per
                // transaction (Anvil's automine) spends far more on each block than on each call in it, so
                // fewer, larger transactions carry more writes; and the next batch is simulated on the state
                // that holds the writes before it.
                if (_previousSettled is { IsCompleted: false } previous
                    && PreviousTransactionWait - Stopwatch.GetElapsedTime(_previousStored) is { Ticks: > 0 } left)
                {
                    // Counted from when it was stored: its send may have waited for the receipt already.
                    await previous.WaitAsync(left, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    stopping.ThrowIfCancellationRequested();
                }
                var batch = new List<QueuedWrite>();
                var bytes = 0;
                while (batch.Count < _services.Settings.MaxCallsPerMulticall && reader.TryPeek(out var next))
                {
                    // A multi-step write (a large batch registration) travels alone, in order.
                    if (batch.Count > 0 && (next.Request.Steps.Count > 1 || next.Request.Steps[0].GasLimit is not null
                        || bytes + MulticallBytes(next) > MaxMulticallBytes))
                    {
                        break;
                    }
                    reader.TryRead(out var taken);
                    batch.Add(taken!);
                    bytes += MulticallBytes(taken!);
                    if (taken!.Request.Steps.Count > 1 || taken.Request.Steps[0].GasLimit is not null)
                    {
                        break;
                    }
                }
                await ProcessAsync(batch, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        while (reader.TryRead(out var left))
        {
            left.Persisted.TrySetException(new OperationCanceledException("The service is stopping."));
        }
    }

    private async Task ProcessAsync(List<QueuedWrite> batch, CancellationToken stopping)
    {
        try
        {
            if (batch.Count == 1)
            {
                await SignAndStoreAsync(batch, stopping);
                return;
            }
            var multicall = PharmaLedger.EncodeMulticall([.. batch.Select(w => w.Request.Steps[0].Calldata.ToArray())]);
            // One execution of the merged call (eth_createAccessList) both proves that no call reverts in
            // this order and gives the gas: no request is simulated on its own unless its batch reverts.
            ulong gas;
            try
            {
                gas = await _services.EstimateAsync(_signer, multicall, stopping);
            }
            catch (TransactionRevertedException)
            {
                // A call would revert and take the others with it: bisect until each failing write
                // stands alone and is refused with its own error; the others go on, in their order.
                await BisectAsync(batch, stopping);
                return;
            }
            if (gas > await _services.MaxMulticallGasAsync(stopping))
            {
                await BisectAsync(batch, stopping);
                return;
            }
            await SignAndStoreAsync(batch, stopping, (multicall, gas));
        }
        catch (TransactionRevertedException e)
        {
            // Refused before anything was stored (a later step of a multi-step write may have been
            // signed already): read the nonce again next time.
            _nextNonce = null;
            foreach (var write in batch)
            {
                write.Persisted.TrySetException(e);
            }
        }
        catch (Exception e) when (e is ChainUnavailableException or RpcException or OperationCanceledException)
        {
            // Whatever was signed and not stored is forgotten: read the nonce again next time.
            _nextNonce = null;
            foreach (var write in batch)
            {
                write.Persisted.TrySetException(e);
            }
        }
    }

    /// <summary>What a write adds to a merged call's data: its calldata, padded, with its offset and length words.</summary>
    private static int MulticallBytes(QueuedWrite write) => 64 + ((write.Request.Steps[0].Calldata.Length + 31) / 32 * 32);

    private async Task BisectAsync(List<QueuedWrite> batch, CancellationToken stopping)
    {
        var half = batch.Count / 2;
        await ProcessAsync(batch[..half], stopping);
        await ProcessAsync(batch[half..], stopping);
    }

    private async Task SignAndStoreAsync(List<QueuedWrite> batch, CancellationToken stopping, (byte[] Data, ulong Gas)? merged = null)
    {
        var chain = _services.Chain;
        var fees = await _services.Fees(chain.Client).GetFeesAsync(stopping);
        var chainId = await _services.ChainIdAsync(stopping);
        if (_services.Monitor.TakeReleasedNonce(_signer))
        {
            _nextNonce = null;
        }
        _nextNonce ??= Math.Max(
            await chain.Client.GetTransactionCountAsync(_signer, BlockParameter.Pending, stopping),
            _services.Store.MaxNonce(_signer) is { } n ? n + 1 : 0);
        var key = _services.Vault.Get(_signer);
        var transactions = new List<OutboxTransaction>();
        var steps = new List<OutboxStep>();
        if (merged is { } m)
        {
            var tx = Sign(key, chainId, fees, m.Data, m.Gas);
            transactions.Add(tx);
            var ordinals = new Dictionary<Hash32, int>();
            for (var i = 0; i < batch.Count; i++)
            {
                var ordinal = 0;
                if (batch[i].Request.ResultEvent is { } topic)
                {
                    ordinal = ordinals.GetValueOrDefault(topic);
                    ordinals[topic] = ordinal + 1;
                }
                steps.Add(new OutboxStep(batch[i].Id, 0, tx.Hash, i, ordinal));
            }
        }
        else
        {
            var write = batch[0];
            for (var s = 0; s < write.Request.Steps.Count; s++)
            {
                var step = write.Request.Steps[s];
                var gas = step.GasLimit ?? await EstimateAsync(step.Calldata, stopping);
                var tx = Sign(key, chainId, fees, step.Calldata, gas);
                transactions.Add(tx);
                steps.Add(new OutboxStep(write.Id, s, tx.Hash, 0, 0));
            }
        }
        _services.Store.Persist(transactions, [.. batch.Select(w => (w.Id, _signer, w.Request.Kind, w.Request.ResultEvent))], steps);
        _previousSettled = _services.Monitor.WhenSettledAsync(transactions[^1].Hash);
        _previousStored = Stopwatch.GetTimestamp();
        foreach (var write in batch)
        {
            write.Persisted.TrySetResult();
        }
        await _services.Monitor.TrackAsync(transactions, stopping);
    }

    private OutboxTransaction Sign(Ledger.Signing.PrivateKey key, ulong chainId, TransactionFees fees, ReadOnlyMemory<byte> data, ulong gas)
    {
        var nonce = _nextNonce!.Value;
        Transaction transaction = fees.GasPrice is { } gasPrice
            ? new LegacyTransaction { ChainId = chainId, Nonce = nonce, GasLimit = gas, To = _services.Chain.Contract, Data = data, GasPrice = gasPrice }
            : new Eip1559Transaction
            {
                ChainId = chainId, Nonce = nonce, GasLimit = gas, To = _services.Chain.Contract, Data = data,
                MaxFeePerGas = fees.MaxFeePerGas, MaxPriorityFeePerGas = fees.MaxPriorityFeePerGas,
            };
        var signed = transaction.Sign(key);
        _nextNonce = nonce + 1;
        return new OutboxTransaction(new Hash32(signed.Hash.Span), _signer, nonce, signed.RawBytes.ToArray());
    }

    private Task<ulong> EstimateAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        _services.EstimateAsync(_signer, data, cancellationToken);
}
