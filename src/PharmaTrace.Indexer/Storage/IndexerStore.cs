using System.Data.Common;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// The indexer's own tables: which chain the read model indexes (<c>indexer_meta</c>), how far it got
/// (<c>indexer_checkpoint</c>, a row per <see cref="ProjectionLane"/>), and the hashes of the blocks it processed
/// (<c>indexer_block</c>, kept by the first lane). A lane's checkpoint only moves by compare-and-swap, in the transaction
/// that writes the range's rows (the Marten async daemon's rule): exactly once, whatever crashes.
/// </summary>
/// <remarks>
/// A range is committed to every lane at once, each lane in its own transaction on its own connection, and the next
/// range waits for all of them: the lanes move in lockstep, so their checkpoints are equal but after a fault that
/// committed some lanes and not others. Then every lane's history up to the lowest checkpoint is the same, and
/// <see cref="AlignAsync"/> rolls the lanes ahead back to it: at open, and after any failed commit or rollback
/// (<see cref="NeedsAlignment"/>).
/// </remarks>
public sealed class IndexerStore
{
    // Blocks kept below the checkpoint for walking back a reorganisation; deeper reorgs replay from the deployment.
    private const long KeptBlocks = 1_024;

    private readonly IReadOnlyList<ProjectionLane> _lanes;
    private readonly HashSet<ProjectionLane> _queryIndexesPending = [];
    private volatile bool _needsAlignment;

    /// <summary>One lane (id 1) of <paramref name="projections"/> in <paramref name="database"/>.</summary>
    public IndexerStore(ReadModelDatabase database, IEnumerable<ILedgerProjection> projections)
        : this([new ProjectionLane(1, "read model", database ?? throw new ArgumentNullException(nameof(database)), [.. projections ?? throw new ArgumentNullException(nameof(projections))])])
    {
    }

    /// <summary>Lanes written side by side; the first keeps the processed blocks.</summary>
    public IndexerStore(IEnumerable<ProjectionLane> lanes)
    {
        ArgumentNullException.ThrowIfNull(lanes);
        _lanes = [.. lanes];
        if (_lanes.Count == 0)
        {
            throw new ArgumentException("An indexer store needs a lane.", nameof(lanes));
        }
        if (_lanes.GroupBy(l => (l.Database, l.Id)).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Lanes in one database need distinct ids: each has its own checkpoint row.", nameof(lanes));
        }
    }

    /// <summary>The first lane's database (the domain read model in the host).</summary>
    public ReadModelDatabase Database => _lanes[0].Database;

    /// <summary>The lanes, the first keeping the processed blocks.</summary>
    public IReadOnlyList<ProjectionLane> Lanes => _lanes;

    /// <summary>A commit or rollback failed on some lane: others may have moved. Call <see cref="AlignAsync"/> before going on.</summary>
    public bool NeedsAlignment => _needsAlignment;

    /// <summary>
    /// Some lane was created empty by <see cref="OpenAsync"/> (here or in an earlier process) and has not built its
    /// projections' query indexes yet: call <see cref="BuildQueryIndexesAsync"/> once caught up with the chain.
    /// </summary>
    public bool QueryIndexesPending
    {
        get
        {
            lock (_queryIndexesPending)
            {
                return _queryIndexesPending.Count > 0;
            }
        }
    }

    /// <summary>
    /// Builds the query indexes (<see cref="ILedgerProjection.QueryIndexes"/>) of every lane that has them pending, the
    /// lanes side by side, each in one transaction that also clears its mark; on PostgreSQL it then analyses the lane's
    /// tables, so that the planner knows the rows it has just indexed. A read model replayed from the deployment
    /// loads its rows without them and builds each index once, from sorted keys, at the head: far less work than
    /// inserting every row's entry into every index as it goes. Until then the read model answers the same, only slower.
    /// Returns the names of the lanes it built.
    /// </summary>
    public async Task<IReadOnlyList<string>> BuildQueryIndexesAsync(CancellationToken cancellationToken)
    {
        ProjectionLane[] lanes;
        lock (_queryIndexesPending)
        {
            lanes = [.. _lanes.Where(_queryIndexesPending.Contains)];
        }
        await Task.WhenAll(lanes.Select(lane => Task.Run(() => BuildLaneQueryIndexesAsync(lane, cancellationToken), cancellationToken)));
        return [.. lanes.Select(l => l.Name)];
    }

    /// <summary>
    /// Creates the tables when missing and binds an empty read model to <paramref name="identity"/>,
    /// starting at <paramref name="start"/> (the block before the deployment). Returns the checkpoint, every lane aligned to it.
    /// </summary>
    /// <exception cref="ReadModelIdentityMismatchException">The read model indexes another chain or deployment.</exception>
    /// <exception cref="ReadModelSchemaMismatchException">The read model's tables have another layout.</exception>
    public async Task<Checkpoint> OpenAsync(ChainIdentity identity, Checkpoint start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(start);
        foreach (var lane in _lanes)
        {
            await OpenLaneAsync(lane, identity, start, cancellationToken);
        }
        return await AlignAsync(cancellationToken);
    }

    /// <summary>
    /// Rolls every lane ahead of the lowest checkpoint back to it, and returns it. Lanes move in lockstep, so the lowest
    /// checkpoint is on every other lane's history.
    /// </summary>
    public async Task<Checkpoint> AlignAsync(CancellationToken cancellationToken)
    {
        var checkpoints = await ReadLaneCheckpointsAsync(cancellationToken);
        var lowest = checkpoints.MinBy(c => c.BlockNumber)!;
        for (var i = 0; i < _lanes.Count; i++)
        {
            if (checkpoints[i] != lowest)
            {
                await RollBackLaneAsync(_lanes[i], checkpoints[i], lowest, cancellationToken);
            }
        }
        _needsAlignment = false;
        return lowest;
    }

    /// <summary>The current checkpoint: the lowest of the lanes'.</summary>
    public async Task<Checkpoint> ReadCheckpointAsync(CancellationToken cancellationToken) =>
        (await ReadLaneCheckpointsAsync(cancellationToken)).MinBy(c => c.BlockNumber)!;

    /// <summary>
    /// Projects a range's events, records its blocks and moves the checkpoint from
    /// <paramref name="expected"/> to <paramref name="next"/>: in every lane at once, each in one transaction.
    /// </summary>
    /// <exception cref="CheckpointConflictException">A lane's checkpoint was not at <paramref name="expected"/>.</exception>
    public Task CommitRangeAsync(Checkpoint expected, Checkpoint next, IReadOnlyList<ProcessedBlock> blocks, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(events);
        return OnEveryLaneAsync(lane => CommitLaneAsync(lane, expected, next, blocks, events, cancellationToken));
    }

    /// <summary>
    /// Rolls the read model back to <paramref name="ancestor"/>: deletes every projected row and block
    /// above it and moves the checkpoint there, in every lane at once, each in one transaction.
    /// </summary>
    public Task RollBackAsync(Checkpoint expected, Checkpoint ancestor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(ancestor);
        return OnEveryLaneAsync(lane => RollBackLaneAsync(lane, expected, ancestor, cancellationToken));
    }

    /// <summary>The processed blocks at or below <paramref name="atOrBelow"/>, highest first.</summary>
    public async Task<IReadOnlyList<ProcessedBlock>> ReadBlocksAsync(ulong atOrBelow, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            "SELECT block_number, block_hash, parent_hash FROM indexer_block WHERE block_number <= @n ORDER BY block_number DESC",
            null, ("@n", checked((long)atOrBelow)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var blocks = new List<ProcessedBlock>();
        while (await reader.ReadAsync(cancellationToken))
        {
            blocks.Add(new ProcessedBlock((ulong)reader.GetInt64(0), Hash32.Parse(reader.GetString(1)), Hash32.Parse(reader.GetString(2))));
        }
        return blocks;
    }

    // One lane runs on the caller's thread; several run on the thread pool side by side (SQLite's calls are
    // synchronous), and the first fault is rethrown once all have ended, the store then needing alignment.
    private async Task OnEveryLaneAsync(Func<ProjectionLane, Task> action)
    {
        if (_lanes.Count == 1)
        {
            await action(_lanes[0]);
            return;
        }
        var running = _lanes.Select(lane => Task.Run(() => action(lane))).ToArray();
        try
        {
            await Task.WhenAll(running);
        }
        catch
        {
            _needsAlignment = true;
            throw;
        }
    }

    private async Task OpenLaneAsync(ProjectionLane lane, ChainIdentity identity, Checkpoint start, CancellationToken cancellationToken)
    {
        var database = lane.Database;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteDdlAsync(connection, transaction, database.Dialect, IndexerSchema.Statements, cancellationToken);
        var stored = await ReadIdentityAsync(connection, transaction, cancellationToken);
        if (stored is not null && stored != identity)
        {
            throw new ReadModelIdentityMismatchException(stored, identity);
        }
        if (stored is not null && await ReadSchemaVersionAsync(connection, transaction, cancellationToken) is var version && version != IndexerSchema.Version)
        {
            throw new ReadModelSchemaMismatchException(version, IndexerSchema.Version);
        }
        var pending = await ReadQueryIndexesPendingAsync(connection, transaction, lane.Id, cancellationToken);
        await CreateSchemaAsync(connection, transaction, database.Dialect, lane.Projections, queryIndexes: pending == false, cancellationToken);
        if (stored is null)
        {
            await InsertIdentityAsync(connection, transaction, identity, cancellationToken);
        }
        if (pending is null)
        {
            // A lane new to this read model starts at the deployment; AlignAsync then brings the others back to it. Its
            // query indexes wait until it has caught up.
            await connection.ExecuteAsync(
                "INSERT INTO indexer_checkpoint (id, block_number, block_hash, query_indexes_pending) VALUES (@id, @n, @h, 1)",
                transaction, cancellationToken, ("@id", (long)lane.Id), ("@n", checked((long)start.BlockNumber)), ("@h", start.BlockHash.ToString()));
        }
        await transaction.CommitAsync(cancellationToken);
        if (pending != false)
        {
            lock (_queryIndexesPending)
            {
                _queryIndexesPending.Add(lane);
            }
        }
    }

    /// <summary>
    /// Creates <paramref name="projections"/>' tables in <paramref name="dialect"/> (<see cref="SqlDialects.Ddl"/>), with
    /// their query indexes or without them, as a lane does.
    /// </summary>
    public static async Task CreateSchemaAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, IEnumerable<ILedgerProjection> projections, bool queryIndexes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(projections);
        await ExecuteDdlAsync(connection, transaction, dialect,
            projections.SelectMany(p => queryIndexes ? p.Schema(dialect).Concat(p.QueryIndexes(dialect)) : p.Schema(dialect)), cancellationToken);
    }

    // DDL written once for both databases, as the dialect runs it (SqlDialects.Ddl).
    private static async Task ExecuteDdlAsync(DbConnection connection, DbTransaction? transaction, SqlDialect dialect, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await connection.ExecuteAsync(dialect.Ddl(statement), transaction, cancellationToken);
        }
    }

    private async Task BuildLaneQueryIndexesAsync(ProjectionLane lane, CancellationToken cancellationToken)
    {
        var database = lane.Database;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            if (database.Dialect == SqlDialect.PostgreSql)
            {
                // Each index is one sort of the table's keys: room for it in memory, for this transaction only.
                await connection.ExecuteAsync("SET LOCAL maintenance_work_mem = '256MB'", transaction, cancellationToken);
            }
            await ExecuteDdlAsync(connection, transaction, database.Dialect, lane.Projections.SelectMany(p => p.QueryIndexes(database.Dialect)), cancellationToken);
            await connection.ExecuteAsync("UPDATE indexer_checkpoint SET query_indexes_pending = 0 WHERE id = @id", transaction, cancellationToken, ("@id", (long)lane.Id));
            await transaction.CommitAsync(cancellationToken);
        }
        database.Committed();
        if (database.Dialect == SqlDialect.PostgreSql)
        {
            foreach (var table in lane.Projections.SelectMany(p => p.PlannedTables))
            {
                await connection.ExecuteAsync($"ANALYZE {table}", null, cancellationToken);
            }
        }
        lock (_queryIndexesPending)
        {
            _queryIndexesPending.Remove(lane);
        }
    }

    private async Task CommitLaneAsync(ProjectionLane lane, Checkpoint expected, Checkpoint next, IReadOnlyList<ProcessedBlock> blocks, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken)
    {
        var database = lane.Database;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (events.Count > 0)
        {
            foreach (var projection in lane.Projections)
            {
                await projection.ApplyAsync(transaction, database.Dialect, events, cancellationToken);
            }
        }
        if (lane == _lanes[0])
        {
            await using (var rows = new RowBuffer(database.Dialect, "indexer_block", "block_number", "block_hash", "parent_hash"))
            {
                foreach (var block in blocks)
                {
                    rows.Add(checked((long)block.Number), block.Hash.ToString(), block.ParentHash.ToString());
                }
                await rows.FlushAsync(transaction, cancellationToken);
            }
            await connection.ExecuteAsync("DELETE FROM indexer_block WHERE block_number < @n", transaction, cancellationToken,
                ("@n", checked((long)next.BlockNumber) - KeptBlocks));
        }
        await MoveCheckpointAsync(connection, transaction, lane.Id, expected, next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        database.Committed();
    }

    private async Task RollBackLaneAsync(ProjectionLane lane, Checkpoint expected, Checkpoint ancestor, CancellationToken cancellationToken)
    {
        var database = lane.Database;
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var projection in lane.Projections)
        {
            await projection.RollBackAsync(transaction, ancestor.BlockNumber, cancellationToken);
        }
        if (lane == _lanes[0])
        {
            await connection.ExecuteAsync("DELETE FROM indexer_block WHERE block_number > @n", transaction, cancellationToken,
                ("@n", checked((long)ancestor.BlockNumber)));
        }
        await MoveCheckpointAsync(connection, transaction, lane.Id, expected, ancestor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        database.Committed();
    }

    // Each lane's checkpoint, in lane order.
    private async Task<Checkpoint[]> ReadLaneCheckpointsAsync(CancellationToken cancellationToken)
    {
        var checkpoints = new Checkpoint[_lanes.Count];
        for (var i = 0; i < _lanes.Count; i++)
        {
            await using var connection = await _lanes[i].Database.OpenAsync(cancellationToken);
            checkpoints[i] = await TryReadCheckpointAsync(connection, null, _lanes[i].Id, cancellationToken)
                ?? throw new InvalidOperationException($"The {_lanes[i].Name} has no checkpoint: it was not opened.");
        }
        return checkpoints;
    }

    private static async Task MoveCheckpointAsync(DbConnection connection, DbTransaction transaction, int lane, Checkpoint expected, Checkpoint next, CancellationToken cancellationToken)
    {
        var moved = await connection.ExecuteAsync(
            "UPDATE indexer_checkpoint SET block_number = @n, block_hash = @h WHERE id = @id AND block_number = @en AND block_hash = @eh",
            transaction, cancellationToken,
            ("@n", checked((long)next.BlockNumber)), ("@h", next.BlockHash.ToString()), ("@id", (long)lane),
            ("@en", checked((long)expected.BlockNumber)), ("@eh", expected.BlockHash.ToString()));
        if (moved != 1)
        {
            throw new CheckpointConflictException(expected);
        }
    }

    /// <summary>
    /// Creates the indexer's own tables and records <paramref name="identity"/> and the schema version in a read model
    /// that has none yet, as <see cref="OpenAsync"/> does first: for a read model that a tool or a test fills through
    /// its projections directly (the EPCIS query service reads the chain and contract of its events from it).
    /// </summary>
    public static async Task RecordIdentityAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, ChainIdentity identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(identity);
        await ExecuteDdlAsync(connection, transaction, dialect, IndexerSchema.Statements, cancellationToken);
        if (await ReadIdentityAsync(connection, transaction, cancellationToken) is null)
        {
            await InsertIdentityAsync(connection, transaction, identity, cancellationToken);
        }
    }

    private static async Task InsertIdentityAsync(DbConnection connection, DbTransaction transaction, ChainIdentity identity, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("INSERT INTO indexer_schema (id, version) VALUES (1, @v)", transaction, cancellationToken, ("@v", IndexerSchema.Version));
        await connection.ExecuteAsync(
            "INSERT INTO indexer_meta (id, chain_id, genesis_hash, contract, deployment_block) VALUES (1, @c, @g, @a, @d)",
            transaction, cancellationToken,
            ("@c", checked((long)identity.ChainId)), ("@g", identity.GenesisHash.ToString()),
            ("@a", identity.Contract.ToLowerHexString()), ("@d", checked((long)identity.DeploymentBlock)));
    }

    private static async Task<ChainIdentity?> ReadIdentityAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT chain_id, genesis_hash, contract, deployment_block FROM indexer_meta WHERE id = 1", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new ChainIdentity((ulong)reader.GetInt64(0), Hash32.Parse(reader.GetString(1)), Address.Parse(reader.GetString(2)), (ulong)reader.GetInt64(3));
    }

    private static async Task<long> ReadSchemaVersionAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT version FROM indexer_schema WHERE id = 1", transaction);
        return await command.ExecuteScalarAsync(cancellationToken) is { } version and not DBNull
            ? Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture)
            : IndexerSchema.FirstVersion;
    }

    // Whether the lane's query indexes are still to be built; null when the lane has no checkpoint yet (it is new).
    private static async Task<bool?> ReadQueryIndexesPendingAsync(DbConnection connection, DbTransaction transaction, int lane, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT query_indexes_pending FROM indexer_checkpoint WHERE id = @id", transaction, ("@id", (long)lane));
        return await command.ExecuteScalarAsync(cancellationToken) is { } pending and not DBNull
            ? Convert.ToInt64(pending, System.Globalization.CultureInfo.InvariantCulture) != 0
            : null;
    }

    private static async Task<Checkpoint?> TryReadCheckpointAsync(DbConnection connection, DbTransaction? transaction, int lane, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT block_number, block_hash FROM indexer_checkpoint WHERE id = @id", transaction, ("@id", (long)lane));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Checkpoint((ulong)reader.GetInt64(0), Hash32.Parse(reader.GetString(1))) : null;
    }
}
