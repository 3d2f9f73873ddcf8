using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// Projections that one writer applies in one database transaction per range, with their own checkpoint row
/// (<c>indexer_checkpoint.id</c> = <paramref name="Id"/>). The <see cref="IndexerStore"/> commits a range to all its lanes at
/// once, each on its own connection, so their inserts run side by side (on SQLite in files of their own, since a file
/// has one writer). Lanes sharing a database need distinct ids.
/// </summary>
/// <param name="Id">The lane's checkpoint row; 1 for the first lane.</param>
/// <param name="Name">For messages: what the lane holds.</param>
/// <param name="Database">Where its tables and checkpoint are.</param>
/// <param name="Projections">Applied in this order within the lane's transaction.</param>
public sealed record ProjectionLane(int Id, string Name, ReadModelDatabase Database, IReadOnlyList<ILedgerProjection> Projections);
