using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests.Storage;

/// <summary>SQLite's WAL is checkpointed beside the writer, and inside a commit only once it grows past its limit.</summary>
public sealed class ReadModelCheckpointTests
{
    private DirectoryInfo _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("pt-checkpoint-");

    [TearDown]
    public void DeleteDirectory()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    [Test]
    public async Task A_new_read_model_file_has_pages_of_8_KiB_and_an_existing_one_keeps_its_own()
    {
        await using (var database = Open(maxWalFrames: 1_000_000))
        {
            await WriteAsync(database, rows: 10);
            Assert.That(await PageSizeAsync(database), Is.EqualTo(8_192));
        }

        var older = Path.Combine(_directory.FullName, "older.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={older}"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE t (x INTEGER)";
            await create.ExecuteNonQueryAsync();
        }
        await using var reopened = new ReadModelDatabase(new ReadModelOptions(SqlDialect.Sqlite, $"Data Source={older}"));
        Assert.That(await PageSizeAsync(reopened), Is.EqualTo(4_096), "a WAL database cannot change its page size; the pragma leaves it alone");
    }

    private static async Task<long> PageSizeAsync(ReadModelDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Test]
    public async Task A_commit_leaves_its_pages_in_the_WAL_and_a_checkpoint_beside_the_writer_copies_them()
    {
        await using var database = Open(maxWalFrames: 1_000_000);
        await WriteAsync(database, rows: 2_000);
        Assert.That(DatabaseFileBytes(), Is.LessThan(100_000), "no connection checkpoints when it commits");

        database.Committed();
        await database.RunningCheckpoint;

        Assert.That(DatabaseFileBytes(), Is.GreaterThan(2_000_000));
        Assert.That(await CountAsync(database), Is.EqualTo(2_000));
    }

    [Test]
    public async Task A_WAL_past_its_limit_is_copied_by_the_commit_that_passes_it_and_started_over_by_the_next_write()
    {
        await using var database = Open(maxWalFrames: 100); // 800 KiB of 8 KiB pages
        await WriteAsync(database, rows: 500);
        Assert.That(DatabaseFileBytes(), Is.LessThan(100_000), "under the limit, the commit leaves its pages in the WAL");

        await WriteAsync(database, rows: 2_000);
        Assert.That(DatabaseFileBytes(), Is.GreaterThan(2_000_000), "the commit that passes the limit copies the WAL");
        var walBytes = WalFileBytes();

        await WriteAsync(database, rows: 500);
        Assert.That(WalFileBytes(), Is.EqualTo(walBytes), "the next write starts at the WAL's beginning instead of growing it");
        Assert.That(await CountAsync(database), Is.EqualTo(3_000));
    }

    private long WalFileBytes() => new FileInfo(Path.Combine(_directory.FullName, "readmodel.db-wal")).Length;

    private long DatabaseFileBytes() => new FileInfo(Path.Combine(_directory.FullName, "readmodel.db")).Length;

    private ReadModelDatabase Open(long maxWalFrames) =>
        new(new ReadModelOptions(SqlDialect.Sqlite, $"Data Source={Path.Combine(_directory.FullName, "readmodel.db")}")) { MaxWalFrames = maxWalFrames };

    private static async Task WriteAsync(ReadModelDatabase database, int rows)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS filler (text TEXT NOT NULL)", null, CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < rows; i++)
        {
            await connection.ExecuteAsync("INSERT INTO filler (text) VALUES (@t)", transaction, CancellationToken.None, ("@t", new string('x', 1_000) + i));
        }
        await transaction.CommitAsync();
    }

    private static async Task<long> CountAsync(ReadModelDatabase database)
    {
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.Command("SELECT COUNT(*) FROM filler");
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
