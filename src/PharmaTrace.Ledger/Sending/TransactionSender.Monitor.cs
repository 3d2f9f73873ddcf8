using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Ledger.Sending;

public sealed partial class TransactionSender
{
    /// <summary>
    /// One loop for all pending transactions: a poll costs two calls when nothing changed, plus one
    /// receipt per transaction whose nonce the chain has passed.
    /// </summary>
    private async Task MonitorAsync(CancellationToken cancellationToken)
    {
        var lastResync = _time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(_options.PollingInterval, _time, cancellationToken);
                var resyncDue = _time.GetUtcNow() - lastResync >= _options.NonceRevalidationInterval;
                if (await PollAsync(resyncDue, cancellationToken))
                {
                    lastResync = _time.GetUtcNow();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (ChainUnavailableException)
            {
                // Everything is kept; when the node answers again the next poll rebroadcasts it.
                _nodeDown = true;
            }
            catch (RpcException)
            {
                // An error answer to a read; the next poll asks again.
            }
        }
    }

    /// <summary>Settles mined transactions and keeps the others alive; returns whether the nonce was re-validated.</summary>
    private async Task<bool> PollAsync(bool resyncDue, CancellationToken cancellationToken)
    {
        var latestBlock = await _client.GetBlockNumberAsync(cancellationToken);
        var minedNonce = await _client.GetTransactionCountAsync(Address, BlockParameter.Latest, cancellationToken);
        var recovering = _nodeDown;
        TrackedTransaction[] snapshot;
        lock (_tracked)
        {
            snapshot = [.. _tracked.Values];
        }
        foreach (var tracked in snapshot)
        {
            if (tracked.Nonce < minedNonce)
            {
                await SettleAsync(tracked, latestBlock, cancellationToken);
            }
            else
            {
                await KeepAliveAsync(tracked, recovering, cancellationToken);
            }
        }
        _nodeDown = false;
        if (!resyncDue && !recovering)
        {
            return false;
        }
        // Nethereum's issue #1030: a nonce cached forever drifts from the chain; re-read it.
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await ResyncNonceAsync(cancellationToken);
        }
        finally
        {
            _lock.Release();
        }
        return true;
    }

    /// <summary>The chain has passed this nonce: the transaction is mined, or another one took the nonce.</summary>
    private async Task SettleAsync(TrackedTransaction tracked, ulong latestBlock, CancellationToken cancellationToken)
    {
        var receipt = await _client.GetTransactionReceiptAsync(tracked.Hash, cancellationToken);
        if (receipt is null)
        {
            if (await _client.GetTransactionByHashAsync(tracked.Hash, cancellationToken) is not null)
            {
                return; // Known to the node: the receipt is on its way.
            }
            if (tracked.Accepted)
            {
                Untrack(tracked);
                tracked.Completion.TrySetException(new NonceConsumedException(tracked.Hash, tracked.Nonce));
            }
            else
            {
                await ResignAsync(tracked, cancellationToken);
            }
            return;
        }
        if (latestBlock + 1 < receipt.BlockNumber + (ulong)_options.Confirmations)
        {
            return;
        }
        Untrack(tracked);
        if (receipt.Succeeded)
        {
            tracked.Completion.TrySetResult(new TransactionResult
            {
                TransactionHash = receipt.TransactionHash,
                Nonce = tracked.Nonce,
                BlockNumber = receipt.BlockNumber,
                BlockHash = receipt.BlockHash,
                Status = receipt.Status ?? 1,
                GasUsed = receipt.GasUsed,
                ContractAddress = receipt.ContractAddress,
                Logs = receipt.Logs,
            });
            return;
        }
        var revertData = await ReplayRevertAsync(tracked, receipt, cancellationToken);
        tracked.Completion.TrySetException(new TransactionRevertedException(tracked.Hash, revertData, _options.ErrorDecoder(revertData), null));
    }

    /// <summary>Not mined yet: broadcast what the node may not have (never accepted, outage, drop).</summary>
    private async Task KeepAliveAsync(TrackedTransaction tracked, bool recovering, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        if (tracked.Accepted && !recovering)
        {
            if (now - tracked.LastSeen < _options.DropTimeout)
            {
                return;
            }
            if (await _client.GetTransactionByHashAsync(tracked.Hash, cancellationToken) is not null)
            {
                tracked.LastSeen = now;
                return;
            }
        }
        try
        {
            // The same bytes: "already known" is success, so this can never make a duplicate.
            await _client.SendRawTransactionAsync(tracked.Signed.RawBytes, cancellationToken);
            tracked.Accepted = true;
            tracked.LastSeen = now;
        }
        catch (NonceTooLowException)
        {
            // Settled by the next poll, once the mined nonce is above it.
        }
        catch (NonceTooHighException) when (!tracked.Accepted)
        {
            await ResignAsync(tracked, cancellationToken);
        }
        catch (RpcException e) when (e is not NonceTooHighException && !tracked.Accepted)
        {
            await _lock.WaitAsync(cancellationToken);
            try
            {
                Untrack(tracked);
                _freeNonces.Add(tracked.Nonce);
            }
            finally
            {
                _lock.Release();
            }
            tracked.Completion.TrySetException(e);
        }
    }

    /// <summary>A receipt has no revert data; replaying the call on the parent block's state recovers it in the usual case.</summary>
    private async Task<ReadOnlyMemory<byte>> ReplayRevertAsync(TrackedTransaction tracked, RpcTransactionReceipt receipt, CancellationToken cancellationToken)
    {
        var call = new RpcCallRequest { From = Address, To = tracked.Request.To, Data = tracked.Request.Data, Value = tracked.Request.Value, Gas = tracked.GasLimit };
        try
        {
            await _client.CallAsync(call, BlockParameter.FromNumber(receipt.BlockNumber - 1), cancellationToken);
        }
        catch (ExecutionRevertedException e)
        {
            return e.RevertData;
        }
        catch (RpcException)
        {
            // The node cannot replay (pruned state); the hash is still reported.
        }
        return ReadOnlyMemory<byte>.Empty;
    }
}
