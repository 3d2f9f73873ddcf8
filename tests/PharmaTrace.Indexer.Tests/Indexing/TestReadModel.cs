using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests.Indexing;

/// <summary>An empty read model on a real database: a temporary SQLite file, or a fresh PostgreSQL database.</summary>
public sealed class TestReadModel : IAsyncDisposable
{
    private readonly string? _directory;

    private TestReadModel(ReadModelOptions options, string? directory)
    {
        Options = options;
        _directory = directory;
    }

    public ReadModelOptions Options { get; }

    /// <summary>The providers every projection test runs against.</summary>
    public static readonly SqlDialect[] Dialects = [SqlDialect.Sqlite, SqlDialect.PostgreSql];

    public static async Task<TestReadModel> CreateAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        if (dialect == SqlDialect.PostgreSql)
        {
            return new TestReadModel(new ReadModelOptions(dialect, await PostgreSqlTestServer.CreateDatabaseAsync(cancellationToken)), null);
        }
        var directory = Directory.CreateTempSubdirectory("pharmatrace-readmodel-").FullName;
        return new TestReadModel(new ReadModelOptions(dialect, $"Data Source={Path.Combine(directory, "readmodel.db")}"), directory);
    }

    public async ValueTask DisposeAsync()
    {
        if (Options.Dialect == SqlDialect.PostgreSql)
        {
            await PostgreSqlTestServer.DropDatabaseAsync(Options.ConnectionString, CancellationToken.None);
        }
        else if (_directory is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
