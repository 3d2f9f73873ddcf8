using System.Data.Common;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Tests.Projection;

/// <summary>
/// A projection registered after the domain one that fails on its n-th range, after the domain rows of
/// that range were written in the transaction: a crash in the middle of a range.
/// </summary>
public sealed class CrashingProjection(int failOnCall) : ILedgerProjection
{
    private int _calls;

    public IReadOnlyList<string> Tables => [];

    public IEnumerable<string> Schema(SqlDialect dialect) => [];

    public IEnumerable<string> QueryIndexes(SqlDialect dialect) => [];

    public Task ApplyAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken) =>
        ++_calls == failOnCall ? throw new IOException($"Simulated crash in range {_calls}.") : Task.CompletedTask;
}
