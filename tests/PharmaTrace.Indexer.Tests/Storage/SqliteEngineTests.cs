using Microsoft.Data.Sqlite;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;
using SQLitePCL;

namespace PharmaTrace.Indexer.Tests.Storage;

/// <summary>SQLite runs in multi-thread mode without memory statistics: settings it only takes before it is initialised.</summary>
public sealed class SqliteEngineTests
{
    [Test]
    public void SQLite_took_the_settings_before_its_first_connection_and_a_second_call_changes_nothing()
    {
        // SqliteEngineSetUp called it before any test opened a database, as the hosts' databases do in their constructors.
        Assert.That(SqliteEngine.Configure(), Is.EqualTo(raw.SQLITE_OK), "SQLITE_MISUSE (21) would mean SQLite was initialised first");
        Assert.That(SqliteEngine.Configure(), Is.EqualTo(raw.SQLITE_OK));
    }

    [Test]
    public async Task Without_memory_statistics_SQLite_counts_no_memory_however_much_a_read_model_uses()
    {
        var directory = Directory.CreateTempSubdirectory("pt-engine-");
        try
        {
            await using (var database = new ReadModelDatabase(new ReadModelOptions(SqlDialect.Sqlite, $"Data Source={Path.Combine(directory.FullName, "engine.db")}")))
            await using (var connection = await database.OpenAsync(CancellationToken.None))
            await using (var command = connection.CreateCommand())
            {
                // A sort of 20,000 rows allocates megabytes in SQLite; with statistics on, sqlite3_memory_used counts them.
                command.CommandText = "CREATE TABLE t (v TEXT); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                    + "INSERT INTO t SELECT hex(randomblob(32)) FROM n; CREATE INDEX ix_t ON t (v);";
                await command.ExecuteNonQueryAsync();
                Assert.That(raw.sqlite3_memory_used(), Is.Zero);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
