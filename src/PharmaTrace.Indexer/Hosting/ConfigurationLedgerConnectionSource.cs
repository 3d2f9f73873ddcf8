using Microsoft.Extensions.Configuration;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Deployment;

namespace PharmaTrace.Indexer.Hosting;

/// <summary>
/// The chain of the standalone indexer: <c>PharmaTrace:Chain:RpcUrl</c> and the manifest at
/// <c>PharmaTrace:Deployment:ManifestPath</c> (default <c>$DATA/deployment.json</c>).
/// </summary>
public sealed class ConfigurationLedgerConnectionSource(IConfiguration configuration) : ILedgerConnectionSource
{
    /// <inheritdoc/>
    public async Task<LedgerConnection> GetAsync(CancellationToken cancellationToken)
    {
        var url = configuration["PharmaTrace:Chain:RpcUrl"];
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url, UriKind.Absolute, out var rpcUrl))
        {
            throw new InvalidOperationException(
                $"PharmaTrace:Chain:RpcUrl is \"{url}\": the standalone indexer needs the absolute URL of a node (e.g. http://127.0.0.1:8545).");
        }
        var path = configuration["PharmaTrace:Deployment:ManifestPath"]
            ?? Path.Combine(ReadModelOptions.DataDirectory(configuration), "deployment.json");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The deployment manifest {path} does not exist: set PharmaTrace:Deployment:ManifestPath or deploy first.");
        }
        return new LedgerConnection(rpcUrl, await DeploymentManifest.ReadAsync(path, cancellationToken));
    }
}
