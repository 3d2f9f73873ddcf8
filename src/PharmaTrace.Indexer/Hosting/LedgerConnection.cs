using PharmaTrace.Ledger.Deployment;

namespace PharmaTrace.Indexer.Hosting;

/// <summary>The node to read from and the deployment to index on it.</summary>
public sealed record LedgerConnection(Uri RpcUrl, DeploymentManifest Manifest);

/// <summary>
/// Where the indexer learns its chain. Alone, it reads the RPC URL and the manifest from configuration;
/// inside the API host, the embedded dev chain provides them once it has started and deployed.
/// </summary>
public interface ILedgerConnectionSource
{
    /// <summary>Completes when the chain and the deployment are known.</summary>
    Task<LedgerConnection> GetAsync(CancellationToken cancellationToken);
}
