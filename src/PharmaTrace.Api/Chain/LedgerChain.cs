using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Chain;

/// <summary>
/// The chain this host acts on, known once <see cref="ChainBootstrapper"/> has the node and the
/// deployment (embedded Anvil started, contracts deployed or the manifest verified). It is also the
/// indexer's <see cref="ILedgerConnectionSource"/>, so both sides use the same node and deployment.
/// </summary>
public sealed class LedgerChain : ILedgerConnectionSource
{
    private readonly TaskCompletionSource<(LedgerConnection Connection, EthereumRpcClient Client)> _ready =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Whether the chain is known.</summary>
    public bool IsReady => _ready.Task.IsCompletedSuccessfully;

    /// <summary>The client, once ready.</summary>
    public EthereumRpcClient Client => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result.Client : throw NotReady();

    /// <summary>The PharmaLedger address, once ready.</summary>
    public Address Contract => _ready.Task.IsCompletedSuccessfully ? _ready.Task.Result.Connection.Manifest.Contracts[Ledger.Deployment.DeploymentManifest.PharmaLedger] : throw NotReady();

    /// <summary>The connection, once ready; a start-up failure surfaces here too.</summary>
    public async Task<LedgerConnection> GetAsync(CancellationToken cancellationToken) =>
        (await _ready.Task.WaitAsync(cancellationToken)).Connection;

    internal void SetReady(LedgerConnection connection, EthereumRpcClient client) => _ready.TrySetResult((connection, client));

    internal void SetFailed(Exception error) => _ready.TrySetException(error);

    private static ChainUnavailableException NotReady() =>
        new("start-up", null, 0, null, "the chain is still starting (dev chain, deployment or manifest check)", null);
}
