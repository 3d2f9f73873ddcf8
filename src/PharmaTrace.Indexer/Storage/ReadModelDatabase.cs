using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// The read model's database: one ADO.NET code path for SQLite and PostgreSQL; the dialect is only
/// consulted where the SQL differs.
/// </summary>
public sealed class ReadModelDatabase : IAsyncDisposable
{
    private readonly DbDataSource _source;
    private readonly object _checkpointGate = new();
    private Task _checkpoint = Task.CompletedTask;
    private long _checkpointStarted;

    /// <summary>Creates the data source for the options.</summary>
    public ReadModelDatabase(ReadModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Dialect = options.Dialect;
        if (Dialect == SqlDialect.Sqlite)
        {
            SqliteEngine.Configure();
        }
        _source = options.Dialect switch
        {
            SqlDialect.Sqlite => SqliteFactory.Instance.CreateDataSource(options.ConnectionString),
            SqlDialect.PostgreSql => NpgsqlDataSource.Create(options.ConnectionString),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Dialect, "Unknown SQL dialect."),
        };
    }

    /// <summary>
    /// A catch-up writes faster than a checkpoint running beside it can empty the WAL, which then only grows (SQLite
    /// starts it over only when a write finds it all copied); past this many pages (by default 1 GiB of 8 KiB pages)
    /// the writer's commit checkpoints it (<c>wal_autocheckpoint</c>), so the next write starts it over.
    /// </summary>
    internal long MaxWalFrames { get; init; } = 131_072;

    /// <summary>The database's dialect.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>Opens a pooled connection.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        if (Dialect == SqlDialect.Sqlite)
        {
            // Pages of 8 KiB (SQLite's default is 4 KiB; it applies when the file is created). Appending rows, a
            // catch-up then splits, checksums and writes half as many pages: the 1,000,000-event custody catch-up with
            // EPCIS took about 67 s of CPU instead of about 80 (bench/PharmaTrace.Indexer.Bench). But an insert at a
            // random place in an index dirties a whole page, so the synthetic EPCIS bench, whose parties, batches and
            // packs are random, took 71 s instead of 67 (bench/PharmaTrace.Epcis.Bench). 16 KiB gave the catch-up
            // little more (65 s) and cost the random workload much more (77 s). (Measured with each EPCIS document in its
            // event's row, before the documents had a table of their own.)
            // WAL lets readers run beside the writer; NORMAL sync is still atomic per transaction
            // (sqlite.org/wal.html), which is what exactly-once needs: a power loss may only lose the
            // last commits, and with them their checkpoint, so the follower reads those blocks again.
            // The read model is a cache of the chain (it can always be rebuilt by replaying from the
            // deployment), so durability is traded for speed past that: a 256 MiB page cache (a limit, filled
            // by the writer's dirty pages: a catch-up range of 10,000 EPCIS events dirties tens of MiB, which a
            // smaller cache spills into the WAL before the commit writes them again) and memory mapping keep a
            // catch-up's indexes in memory, and temporary b-trees stay in memory. A connection checkpoints the
            // WAL when it commits (copying pages and fsyncing inside the writer's commit) only once the WAL passes
            // MaxWalFrames, a backstop for writers that do not call Committed: the indexer asks for a
            // checkpoint on another connection after each commit (Committed). A WAL started over is cut
            // back to 64 MiB.
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA cache_size=-262144; "
                + $"PRAGMA temp_store=MEMORY; PRAGMA mmap_size=268435456; PRAGMA wal_autocheckpoint={MaxWalFrames}; PRAGMA journal_size_limit=67108864;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        return connection;
    }

    /// <summary>
    /// Called after a write transaction commits. On SQLite, starts a passive WAL checkpoint on its own connection
    /// and thread when none is running and the last one started a second ago or more: the pages and fsyncs of
    /// the checkpoint then overlap the writer's next range instead of lengthening its commit. The WAL keeps every
    /// committed transaction until a checkpoint copies it, so a failed or late checkpoint loses nothing: the next
    /// commit asks again.
    /// </summary>
    public void Committed()
    {
        if (Dialect != SqlDialect.Sqlite)
        {
            return;
        }
        lock (_checkpointGate)
        {
            if (_checkpoint.IsCompleted && Environment.TickCount64 - _checkpointStarted >= 1_000)
            {
                _checkpointStarted = Environment.TickCount64;
                _checkpoint = Task.Run(CheckpointAsync);
            }
        }
    }

    /// <summary>The checkpoint running beside the writer, if any.</summary>
    internal Task RunningCheckpoint
    {
        get
        {
            lock (_checkpointGate)
            {
                return _checkpoint;
            }
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await RunningCheckpoint;
        await _source.DisposeAsync();
    }

    private async Task CheckpointAsync()
    {
        try
        {
            await using var connection = await OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await command.ExecuteNonQueryAsync();
        }
        catch (DbException)
        {
            // Busy or out of space: the WAL still holds every commit, and the next commit asks again.
        }
    }
}
