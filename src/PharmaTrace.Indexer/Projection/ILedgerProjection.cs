using System.Data.Common;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Projection;

/// <summary>
/// A part of the read model fed by the contract's events. The indexer calls the projections of a lane
/// (<see cref="ProjectionLane"/>) in their order, inside the lane's one database transaction that also moves its
/// checkpoint, so a crash leaves either all of a block range projected in the lane or none of it. A projection reads
/// only its own tables and those of the projections before it in its lane: other lanes commit on their own.
/// </summary>
public interface ILedgerProjection
{
    /// <summary>The tables this projection owns. Each has a <c>block_number</c> column; a reorganisation
    /// deletes the rows above the common ancestor, so every table is append-only facts.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>
    /// The tables whose statistics the query planner needs: on PostgreSQL the indexer <c>ANALYZE</c>s them once their
    /// query indexes are built. By default all of <see cref="Tables"/>; a table only ever read by its key, one row a
    /// result, needs none, and sampling it costs a catch-up time at the head.
    /// </summary>
    IReadOnlyList<string> PlannedTables => Tables;

    /// <summary>
    /// Idempotent DDL (<c>CREATE TABLE IF NOT EXISTS</c>, and the indexes that <see cref="ApplyAsync"/> reads through or
    /// that enforce a rule, such as unique keys) for the dialect.
    /// </summary>
    IEnumerable<string> Schema(SqlDialect dialect);

    /// <summary>
    /// Idempotent DDL of the indexes that only serve queries: <see cref="ApplyAsync"/> never reads through them and
    /// they enforce nothing. A lane created empty builds them when it has caught up with the chain
    /// (<see cref="IndexerStore.BuildQueryIndexesAsync"/>): an index built from a million rows costs a fraction of a million
    /// inserts into it.
    /// </summary>
    IEnumerable<string> QueryIndexes(SqlDialect dialect);

    /// <summary>Projects the events of a block range, in chain order, within <paramref name="transaction"/>.</summary>
    Task ApplyAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the rows of the blocks above <paramref name="ancestor"/> within <paramref name="transaction"/>; by
    /// default <c>DELETE ... WHERE block_number &gt; ancestor</c> on each of <see cref="Tables"/>. A projection whose
    /// key orders rows by block can delete by key instead, and spare the block_number index a catch-up would fill.
    /// </summary>
    async Task RollBackAsync(DbTransaction transaction, ulong ancestor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.");
        foreach (var table in Tables)
        {
            await connection.ExecuteAsync($"DELETE FROM {table} WHERE block_number > @n", transaction, cancellationToken, ("@n", checked((long)ancestor)));
        }
    }
}
