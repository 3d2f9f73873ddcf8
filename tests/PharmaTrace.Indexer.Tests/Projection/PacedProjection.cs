using System.Data.Common;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Tests.Projection;

/// <summary>
/// A projection that only takes time: each range it is given waits <paramref name="perRange"/>
/// (cancellable) inside the follower's transaction. It keeps a follower from outrunning a test that
/// means to stop it part-way: on a fast machine the whole scenario otherwise projects in less time
/// than the test needs to notice a checkpoint and cancel.
/// </summary>
public sealed class PacedProjection(TimeSpan perRange) : ILedgerProjection
{
    public IReadOnlyList<string> Tables => [];

    public IEnumerable<string> Schema(SqlDialect dialect) => [];

    public IEnumerable<string> QueryIndexes(SqlDialect dialect) => [];

    public Task ApplyAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken) =>
        Task.Delay(perRange, cancellationToken);
}
