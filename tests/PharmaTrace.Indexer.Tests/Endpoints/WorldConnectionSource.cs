using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Endpoints;

/// <summary>The test chain as the host's ledger connection, registered before AddPharmaTraceIndexer (which only tries to add its own).</summary>
public sealed class WorldConnectionSource(LedgerWorld world) : ILedgerConnectionSource
{
    public Task<LedgerConnection> GetAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new LedgerConnection(world.Node.Url, world.Manifest));
}
