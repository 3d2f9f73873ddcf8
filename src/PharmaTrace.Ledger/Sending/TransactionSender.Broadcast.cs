using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Ledger.Sending;

public sealed partial class TransactionSender
{
    /// <summary>
    /// The first broadcast of freshly signed bytes, with the lock held. A transport failure is not
    /// an error: the bytes are kept and the monitor broadcasts them when the node answers again.
    /// </summary>
    private async Task BroadcastNewAsync(TrackedTransaction tracked, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_nodeDown)
            {
                // Queued behind the outage; broadcasting now would only wait out the retry budget under the lock.
                return;
            }
            try
            {
                await _client.SendRawTransactionAsync(tracked.Signed.RawBytes, cancellationToken);
                tracked.Accepted = true;
                tracked.LastSeen = _time.GetUtcNow();
                return;
            }
            catch (ChainUnavailableException)
            {
                _nodeDown = true;
                return;
            }
            catch (Exception e) when (e is NonceTooLowException or NonceTooHighException && tracked.Resigns < _options.MaxResignAttempts)
            {
                // The client already checked that the node does not know this hash, and the node
                // refused it: it was never accepted, so a new signature cannot duplicate it.
                Untrack(tracked);
                await ResyncNonceAsync(cancellationToken);
                tracked.Resigns++;
                AssignAndSign(tracked, await _fees.GetFeesAsync(cancellationToken));
            }
            catch (RpcException e)
            {
                if (e is TransactionUnderpricedException)
                {
                    _fees.Invalidate();
                }
                // Refused for good: its nonce is free again, for the next request to fill.
                Untrack(tracked);
                _freeNonces.Add(tracked.Nonce);
                throw;
            }
        }
    }

    /// <summary>
    /// Re-reads the account's nonce from the chain (the lock is held): jumps ahead if another
    /// process used the key, and marks nonces below ours that no transaction of ours holds as free,
    /// so the next requests fill the gap that would otherwise stall every later nonce.
    /// </summary>
    private async Task ResyncNonceAsync(CancellationToken cancellationToken)
    {
        var chainNext = await _client.GetTransactionCountAsync(Address, BlockParameter.Pending, cancellationToken);
        if (chainNext > _nextNonce)
        {
            _nextNonce = chainNext;
        }
        _freeNonces.RemoveWhere(n => n < chainNext);
        lock (_tracked)
        {
            for (var n = chainNext; n < _nextNonce; n++)
            {
                if (!_tracked.ContainsKey(n))
                {
                    _freeNonces.Add(n);
                }
            }
        }
    }

    /// <summary>Signs a never-accepted transaction again with a fresh nonce and broadcasts it.</summary>
    private async Task ResignAsync(TrackedTransaction tracked, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            Untrack(tracked);
            if (tracked.Resigns++ >= _options.MaxResignAttempts)
            {
                throw new NonceConsumedException(tracked.Hash, tracked.Nonce);
            }
            await ResyncNonceAsync(cancellationToken);
            AssignAndSign(tracked, await _fees.GetFeesAsync(cancellationToken));
            await BroadcastNewAsync(tracked, cancellationToken);
        }
        catch (Exception e) when (e is RpcException or NonceConsumedException)
        {
            tracked.Completion.TrySetException(e);
        }
        catch (ChainUnavailableException)
        {
            // Keep it as it was (old bytes, never accepted): the next poll decides again.
            tracked.Resigns--;
            lock (_tracked)
            {
                _tracked.TryAdd(tracked.Nonce, tracked);
            }
            throw;
        }
        finally
        {
            _lock.Release();
        }
    }
}
