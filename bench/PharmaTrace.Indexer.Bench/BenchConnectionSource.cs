using PharmaTrace.Indexer.Hosting;

namespace PharmaTrace.Indexer.Bench;

/// <summary>The bench chain's node and deployment, for the EPCIS projection (event IDs and ledger proofs).</summary>
internal sealed class BenchConnectionSource(BenchChain chain) : ILedgerConnectionSource
{
    public Task<LedgerConnection> GetAsync(CancellationToken cancellationToken) => Task.FromResult(new LedgerConnection(chain.Url, chain.Manifest));
}
