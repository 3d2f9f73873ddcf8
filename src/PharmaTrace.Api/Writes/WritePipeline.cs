using System.Collections.Concurrent;
using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Api.Problems;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// The way every write reaches the ledger (see README.md in this folder). <see cref="SubmitAsync"/>
/// queues the write behind its signer, whose queue runs each merged batch once against the chain (a
/// write that would revert is refused with the contract's custom error, nothing of it signed), goes
/// on once it is signed and stored in the outbox, and waits for the receipt up to the time budget: a
/// completed write answers 201, a slower one 202 with the operation to poll.
/// </summary>
public sealed class WritePipeline : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Address, SignerQueue> _queues = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly WriteServices _services;
    private volatile bool _disposed;

    internal WritePipeline(WriteServices services) => _services = services;

    /// <summary>
    /// Signs and submits <paramref name="request"/> with the signer's hosted key. Returns the
    /// operation: <see cref="OperationState.Completed"/> (answer 201) or <see cref="OperationState.Pending"/>
    /// (answer 202, poll <c>/api/v1/operations/{id}</c>); a refused write throws.
    /// </summary>
    /// <exception cref="Ledger.Sending.TransactionRevertedException">The contract refuses the call (or the transaction reverted when mined, its error replayed): answer 409 with its custom error.</exception>
    /// <exception cref="ApiProblemException">409 when the node refused the transaction for good (the reason in the detail).</exception>
    /// <exception cref="Ledger.Rpc.ChainUnavailableException">The chain cannot be reached before anything was signed: answer 503.</exception>
    /// <exception cref="ApiProblemException">The signer's key is not hosted here.</exception>
    public async Task<OperationStatus> SubmitAsync(WriteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Steps.Count == 0)
        {
            throw new ArgumentException("A write has at least one step.", nameof(request));
        }
        if (!_services.Chain.IsReady)
        {
            await ((Task)_services.Chain.GetAsync(cancellationToken)).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken)
                .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        if (!_services.Vault.Holds(request.Signer))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, "Signing key not hosted",
                $"{request.Signer} signs on its own node: this service holds no key to sign for it.");
        }
        // No simulation here: the signer queue runs each merged batch once and bisects only when it reverts.
        var write = new QueuedWrite(Guid.NewGuid(), request);
        var completion = _services.Monitor.WaitAsync(write.Id);
        _queues.GetOrAdd(request.Signer, signer => new SignerQueue(signer, _services, _stopping.Token)).Enqueue(write);
        try
        {
            // Once persisted the write is the outbox's: the caller's token no longer matters.
            await write.Persisted.Task;
        }
        catch
        {
            _services.Monitor.Forget(write.Id);
            throw;
        }
        try
        {
            var done = await completion.WaitAsync(_services.Settings.WriteTimeBudget, cancellationToken);
            if (done.State == OperationState.Failed)
            {
                if (done.RevertData is { } data)
                {
                    // Mined with status 0: the replayed custom error answers 409 like a refusal before signing.
                    Ledger.Contracts.PharmaLedger.TryDecodeError(data, out var error);
                    var failed = done.Transactions.FirstOrDefault(t => t.BlockNumber is not null && done.Error?.Contains(t.Hash, StringComparison.Ordinal) == true);
                    throw new Ledger.Sending.TransactionRevertedException(failed is null ? null : Hash32.Parse(failed.Hash), data, error, null);
                }
                throw new ApiProblemException(StatusCodes.Status409Conflict, "Transaction failed", done.Error ?? "The transaction reverted when mined.");
            }
            return done;
        }
        catch (TimeoutException)
        {
            _services.Monitor.Forget(write.Id);
            return _services.Store.Get(write.Id)!;
        }
    }

    /// <summary>The state of an operation, or <see langword="null"/> when there is none with this id.</summary>
    public OperationStatus? Get(Guid id) => _services.Store.Get(id);

    /// <summary>Whether the operation belongs to <paramref name="participant"/>.</summary>
    public bool BelongsTo(Guid id, Address participant) => _services.Store.ParticipantOf(id) == participant;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host may stop its services after the container disposed this singleton (seen with
        // WebApplicationFactory): the queues were stopped then already.
        if (!_disposed)
        {
            await _stopping.CancelAsync();
        }
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }
}
