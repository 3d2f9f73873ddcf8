using System.Data.Common;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// The indexer's own tables: which chain the read model indexes (<c>indexer_meta</c>), how far it got
/// (<c>indexer_checkpoint</c>), and the hashes of the blocks it processed (<c>indexer_block</c>). The
/// checkpoint only moves by compare-and-swap, in the transaction that writes the range's rows
/// (the Marten async daemon's rule): exactly once, whatever crashes.
/// </summary>
public sealed class IndexerStore
{
    // Blocks kept below the checkpoint for walking back a reorganisation; deeper reorgs replay from the deployment.
    private const long KeptBlocks = 1_024;

    private readonly ReadModelDatabase _database;
    private readonly IReadOnlyList<ILedgerProjection> _projections;

    public IndexerStore(ReadModelDatabase database, IEnumerable<ILedgerProjection> projections)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(projections);
        _database = database;
        _projections = [.. projections];
    }

    /// <summary>The database.</summary>
    public ReadModelDatabase Database => _database;

    /// <summary>
    /// Creates the tables when missing and binds an empty read model to <paramref name="identity"/>,
    /// starting at <paramref name="start"/> (the block before the deployment). Returns the checkpoint.
    /// </summary>
    /// <exception cref="ReadModelIdentityMismatchException">The read model indexes another chain or deployment.</exception>
    /// <exception cref="ReadModelSchemaMismatchException">The read model's tables have another layout.</exception>
    public async Task<Checkpoint> OpenAsync(ChainIdentity identity, Checkpoint start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(start);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var statement in IndexerSchema.Statements)
        {
            await connection.ExecuteAsync(statement, transaction, cancellationToken);
        }
        var stored = await ReadIdentityAsync(connection, transaction, cancellationToken);
        if (stored is not null && stored != identity)
        {
            throw new ReadModelIdentityMismatchException(stored, identity);
        }
        if (stored is not null && await ReadSchemaVersionAsync(connection, transaction, cancellationToken) is var version && version != IndexerSchema.Version)
        {
            throw new ReadModelSchemaMismatchException(version, IndexerSchema.Version);
        }
        foreach (var statement in _projections.SelectMany(p => p.Schema(_database.Dialect)))
        {
            await connection.ExecuteAsync(statement, transaction, cancellationToken);
        }
        if (stored is null)
        {
            await connection.ExecuteAsync("INSERT INTO indexer_schema (id, version) VALUES (1, @v)", transaction, cancellationToken, ("@v", IndexerSchema.Version));
            await connection.ExecuteAsync(
                "INSERT INTO indexer_meta (id, chain_id, genesis_hash, contract, deployment_block) VALUES (1, @c, @g, @a, @d)",
                transaction, cancellationToken,
                ("@c", checked((long)identity.ChainId)), ("@g", identity.GenesisHash.ToString()),
                ("@a", identity.Contract.ToLowerHexString()), ("@d", checked((long)identity.DeploymentBlock)));
            await connection.ExecuteAsync(
                "INSERT INTO indexer_checkpoint (id, block_number, block_hash) VALUES (1, @n, @h)",
                transaction, cancellationToken, ("@n", checked((long)start.BlockNumber)), ("@h", start.BlockHash.ToString()));
        }
        var checkpoint = await ReadCheckpointAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return checkpoint;
    }

    /// <summary>The current checkpoint.</summary>
    public async Task<Checkpoint> ReadCheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ReadCheckpointAsync(connection, null, cancellationToken);
    }

    /// <summary>
    /// Projects a range's events, records its blocks and moves the checkpoint from
    /// <paramref name="expected"/> to <paramref name="next"/>, all in one transaction.
    /// </summary>
    /// <exception cref="CheckpointConflictException">The checkpoint was not at <paramref name="expected"/>.</exception>
    public async Task CommitRangeAsync(Checkpoint expected, Checkpoint next, IReadOnlyList<ProcessedBlock> blocks, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (events.Count > 0)
        {
            foreach (var projection in _projections)
            {
                await projection.ApplyAsync(transaction, _database.Dialect, events, cancellationToken);
            }
        }
        await using (var rows = new RowBuffer("indexer_block", "block_number", "block_hash", "parent_hash"))
        {
            foreach (var block in blocks)
            {
                rows.Add(checked((long)block.Number), block.Hash.ToString(), block.ParentHash.ToString());
            }
            await rows.FlushAsync(transaction, cancellationToken);
        }
        await connection.ExecuteAsync("DELETE FROM indexer_block WHERE block_number < @n", transaction, cancellationToken,
            ("@n", checked((long)next.BlockNumber) - KeptBlocks));
        await MoveCheckpointAsync(connection, transaction, expected, next, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _database.Committed();
    }

    /// <summary>
    /// Rolls the read model back to <paramref name="ancestor"/>: deletes every projected row and block
    /// above it and moves the checkpoint there, in one transaction.
    /// </summary>
    public async Task RollBackAsync(Checkpoint expected, Checkpoint ancestor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(ancestor);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var projection in _projections)
        {
            await projection.RollBackAsync(transaction, ancestor.BlockNumber, cancellationToken);
        }
        await connection.ExecuteAsync("DELETE FROM indexer_block WHERE block_number > @n", transaction, cancellationToken,
            ("@n", checked((long)ancestor.BlockNumber)));
        await MoveCheckpointAsync(connection, transaction, expected, ancestor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        _database.Committed();
    }

    /// <summary>The processed blocks at or below <paramref name="atOrBelow"/>, highest first.</summary>
    public async Task<IReadOnlyList<ProcessedBlock>> ReadBlocksAsync(ulong atOrBelow, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
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

    private static async Task MoveCheckpointAsync(DbConnection connection, DbTransaction transaction, Checkpoint expected, Checkpoint next, CancellationToken cancellationToken)
    {
        var moved = await connection.ExecuteAsync(
            "UPDATE indexer_checkpoint SET block_number = @n, block_hash = @h WHERE id = 1 AND block_number = @en AND block_hash = @eh",
            transaction, cancellationToken,
            ("@n", checked((long)next.BlockNumber)), ("@h", next.BlockHash.ToString()),
            ("@en", checked((long)expected.BlockNumber)), ("@eh", expected.BlockHash.ToString()));
        if (moved != 1)
        {
            throw new CheckpointConflictException(expected);
        }
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

    private static async Task<Checkpoint> ReadCheckpointAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT block_number, block_hash FROM indexer_checkpoint WHERE id = 1", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The read model has no checkpoint: it was not opened.");
        }
        return new Checkpoint((ulong)reader.GetInt64(0), Hash32.Parse(reader.GetString(1)));
    }
}
