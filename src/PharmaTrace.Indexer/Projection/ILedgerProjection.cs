using System.Data.Common;

namespace PharmaTrace.Indexer.Projection;

/// <summary>
/// A part of the read model fed by the contract's events. The indexer calls every registered projection,
/// in registration order, inside the one database transaction that also moves the checkpoint, so a crash
/// leaves either all of a block range projected or none of it.
/// </summary>
public interface ILedgerProjection
{
    /// <summary>The tables this projection owns. Each has a <c>block_number</c> column; a reorganisation
    /// deletes the rows above the common ancestor, so every table is append-only facts.</summary>
    IReadOnlyList<string> Tables { get; }

    /// <summary>Idempotent DDL (<c>CREATE TABLE IF NOT EXISTS</c>, indexes) for the dialect.</summary>
    IEnumerable<string> Schema(SqlDialect dialect);

    /// <summary>Projects the events of a block range, in chain order, within <paramref name="transaction"/>.</summary>
    Task ApplyAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken);
}
