using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>The seam's trivial form: a deployment known in advance (the embedded host's source does the same once deployed).</summary>
internal sealed class FixedLedgerConnectionSource(DeploymentManifest? manifest = null) : ILedgerConnectionSource
{
    public Task<LedgerConnection> GetAsync(CancellationToken cancellationToken) => Task.FromResult(new LedgerConnection(
        new Uri("http://127.0.0.1:8545"),
        manifest ?? new DeploymentManifest
        {
            ChainId = EpcisScenario.Chain.ChainId,
            GenesisHash = Hash32.Keccak("genesis"u8),
            Contracts = new Dictionary<string, Address> { [DeploymentManifest.PharmaLedger] = EpcisScenario.Chain.Contract },
            DeploymentBlock = 0,
            DeploymentTransaction = Hash32.Keccak("deploy"u8),
        }));
}
