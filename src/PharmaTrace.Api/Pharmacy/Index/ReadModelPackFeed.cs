using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>
/// Keeps the <see cref="PackIndex"/> level with the read model: polls the indexer's checkpoint and applies
/// the rows of the blocks it has not seen, in one snapshot per poll (the indexer writes a block range and
/// its checkpoint in one transaction, so every row up to the checkpoint is there). When the checkpoint
/// moves back or the hash of the last block it applied changes (a reorganisation the indexer rolled
/// back), it reloads from scratch rather than guess which rows went away.
/// </summary>
public sealed partial class ReadModelPackFeed(ReadModelDatabase database, PackIndex index, ILogger<ReadModelPackFeed> logger) : BackgroundService
{
    private Hash32 _appliedHash;

    /// <summary>How long to wait between polls when nothing changed.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Applies whatever the read model holds beyond the index; returns the block the index is now at.</summary>
    public async Task<ulong> CatchUpAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        if (await CheckpointAsync(connection, transaction, cancellationToken) is not var (block, hash))
        {
            return index.AsOfBlock;
        }

        var from = index.AsOfBlock;
        if (block < from || (from > 0 && !await StillOnChainAsync(connection, transaction, from, cancellationToken)))
        {
            LogReload(logger, from, block);
            from = 0;
        }

        var reload = from == 0 && index.AsOfBlock > 0;

        if (block == from && from > 0)
        {
            return from;
        }

        var changes = new List<Action<PackIndexWriter>>();
        var ledger = await LedgerAsync(connection, transaction, cancellationToken);
        await ReadModelPackReader.ApplyRangeAsync(connection, transaction, from, block, changes, cancellationToken);
        // Rows are read outside the lock; a reload swaps the old content for the new under one writer lock,
        // so readers never see a half-empty index.
        index.Write(w =>
        {
            if (reload)
            {
                w.Clear();
            }

            if (ledger is var (chainId, contract))
            {
                w.SetLedger(chainId, contract);
            }

            foreach (var change in changes)
            {
                change(w);
            }

            w.MoveTo(block);
        });
        _appliedHash = hash;
        return block;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var before = index.AsOfBlock;
                if (await CatchUpAsync(stoppingToken) == before)
                {
                    await Task.Delay(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DbException ex)
            {
                // The indexer may not have created its tables yet; try again shortly.
                LogPollFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    private static async Task<(ulong Block, Hash32 Hash)?> CheckpointAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT block_number, block_hash FROM indexer_checkpoint ORDER BY id LIMIT 1", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ((ulong)reader.GetInt64(0), Hash32.Parse(reader.GetString(1))) : null;
    }

    // The indexer keeps the hash of every range's last block (a checkpoint, as the one we applied) for its
    // recent window, and deletes the rows above the common ancestor when it rolls back. So our block is
    // still on the chain when its row is there with our hash, or when it has aged out of the window (no
    // row, but older than every kept one); a missing row inside the window, or another hash, means the
    // indexer rolled it back.
    private async Task<bool> StillOnChainAsync(DbConnection connection, DbTransaction transaction, ulong block, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            "SELECT (SELECT block_hash FROM indexer_block WHERE block_number = @block), (SELECT MIN(block_number) FROM indexer_block)",
            transaction, ("@block", checked((long)block)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (!reader.IsDBNull(0))
        {
            return Hash32.Parse(reader.GetString(0)) == _appliedHash;
        }

        return !reader.IsDBNull(1) && (ulong)reader.GetInt64(1) > block;
    }

    private static async Task<(ulong ChainId, Address Contract)?> LedgerAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command("SELECT chain_id, contract FROM indexer_meta ORDER BY id LIMIT 1", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ((ulong)reader.GetInt64(0), Address.Parse(reader.GetString(1))) : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The read model moved back from block {From} to {To}: reloading the pack index")]
    private static partial void LogReload(ILogger logger, ulong from, ulong to);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reading the read model failed; retrying")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
