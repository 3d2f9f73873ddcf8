using System.Text;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Indexer.Tests.Indexing;

namespace PharmaTrace.Indexer.Tests.Storage;

/// <summary>Each database's bulk path stores what it was given: integers, text of any script, UTF-8 bytes, nulls.</summary>
[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class RowBufferTests(SqlDialect dialect)
{
    private TestReadModel _readModel = null!;
    private ReadModelDatabase _database = null!;
    private System.Data.Common.DbConnection _connection = null!;

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [SetUp]
    public async Task OpenReadModelAsync()
    {
        _readModel = await TestReadModel.CreateAsync(dialect, Token);
        _database = new ReadModelDatabase(_readModel.Options);
        _connection = await _database.OpenAsync(Token);
    }

    [TearDown]
    public async Task CloseReadModelAsync()
    {
        await _connection.DisposeAsync();
        await _database.DisposeAsync();
        await _readModel.DisposeAsync();
    }

    // The test's table, created by the dialect's DDL; returns the connection to write it on.
    private async Task<System.Data.Common.DbConnection> CreateTableAsync(string ddl)
    {
        await _connection.ExecuteAsync(dialect.Ddl(ddl), null, Token);
        return _connection;
    }

    [Test]
    public async Task Rows_come_back_as_they_were_written_across_several_buffers_and_with_values_larger_than_one()
    {
        var connection = await CreateTableAsync("CREATE TABLE t (id BIGINT NOT NULL, n BIGINT, a TEXT, b TEXT)");

        // 20,000 rows of about 100 bytes pass the PostgreSQL encoder's 256 KB buffer several times; one value is
        // larger than the buffer itself.
        var expected = new List<(long Id, long? N, string? A, string? B)>
        {
            (0, long.MinValue, "", null),
            (1, long.MaxValue, null, "Zürich — 東京 — 🧪"),
            (2, -1, "Ελλάδα", new string('é', 300_000)),
        };
        for (var i = 3; i < 20_000; i++)
        {
            expected.Add((i, i % 7 == 0 ? null : i * 1_000_003L, $"row {i} ŁÓDŹ", i % 3 == 0 ? null : $"{i:D40}"));
        }

        await using (var transaction = await connection.BeginTransactionAsync(Token))
        {
            await using var rows = new RowBuffer(dialect, "t", "id", "n", "a", "b");
            foreach (var (id, n, a, b) in expected)
            {
                // b goes as UTF-8 bytes, as the EPCIS documents do; the rest as strings and integers.
                rows.Add(id, n, a, b is null ? null : Encoding.UTF8.GetBytes(b));
            }
            await rows.FlushAsync(transaction, Token);
            Assert.That(rows.Count, Is.Zero, "a flush empties the buffer");
            await transaction.CommitAsync(Token);
        }

        var actual = new List<(long Id, long? N, string? A, string? B)>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, n, a, b FROM t ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
            actual.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public async Task Rows_for_one_database_are_not_flushed_to_the_other()
    {
        var other = dialect == SqlDialect.Sqlite ? SqlDialect.PostgreSql : SqlDialect.Sqlite;
        var connection = await CreateTableAsync("CREATE TABLE t (id BIGINT NOT NULL)");

        await using var transaction = await connection.BeginTransactionAsync(Token);
        await using var rows = new RowBuffer(other, "t", "id");
        rows.Add(1L);
        Assert.That(async () => await rows.FlushAsync(transaction, Token), Throws.InstanceOf<NotSupportedException>());
    }

    [Test]
    public async Task A_row_the_database_refuses_fails_the_flush_and_leaves_nothing_of_it_behind()
    {
        var connection = await CreateTableAsync("CREATE TABLE t (id BIGINT NOT NULL, a TEXT NOT NULL)");

        await using (var transaction = await connection.BeginTransactionAsync(Token))
        {
            await using var rows = new RowBuffer(dialect, "t", "id", "a");
            rows.Add(1L, "kept only if the whole flush is");
            rows.Add(2L, null);
            Assert.That(async () => await rows.FlushAsync(transaction, Token), Throws.InstanceOf<System.Data.Common.DbException>());
        }

        await using var count = connection.Command("SELECT COUNT(*) FROM t");
        Assert.That(Convert.ToInt64(await count.ExecuteScalarAsync(Token), System.Globalization.CultureInfo.InvariantCulture), Is.Zero);
    }
}
