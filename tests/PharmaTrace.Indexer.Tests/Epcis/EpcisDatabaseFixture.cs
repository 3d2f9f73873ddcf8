using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>A real read model (SQLite file or PostgreSQL database) with the domain and EPCIS projections applied to events.</summary>
internal sealed class EpcisDatabaseFixture : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgres;

    private EpcisDatabaseFixture(ReadModelDatabase database, string? sqliteFile, string? postgres)
    {
        Database = database;
        _sqliteFile = sqliteFile;
        _postgres = postgres;
    }

    public ReadModelDatabase Database { get; }

    public EpcisProjection Epcis { get; } = new(new FixedLedgerConnectionSource());

    public static async Task<EpcisDatabaseFixture> CreateAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        if (dialect == SqlDialect.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"pt-epcis-{Guid.NewGuid():N}.db");
            return new EpcisDatabaseFixture(new ReadModelDatabase(new ReadModelOptions(dialect, $"Data Source={file};Pooling=False")), file, null);
        }

        var connectionString = await PostgreSqlTestServer.CreateDatabaseAsync(cancellationToken);
        return new EpcisDatabaseFixture(new ReadModelDatabase(new ReadModelOptions(dialect, connectionString)), null, connectionString);
    }

    /// <summary>
    /// Creates the schema of both projections and applies the events in one transaction, domain first, as the
    /// indexer does; <paramref name="epcis"/> replaces the fixture's projection (a restart), and without
    /// <paramref name="domain"/> only the EPCIS projection runs (a repeat of a range the domain already has).
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken, EpcisProjection? epcis = null, bool domain = true)
    {
        ILedgerProjection[] projections = domain ? [new DomainProjection(), epcis ?? Epcis] : [epcis ?? Epcis];
        await using var connection = await Database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await IndexerStore.CreateSchemaAsync(connection, transaction, Database.Dialect, projections, queryIndexes: true, cancellationToken);

        // The chain identity, as the indexer records it before any event: the query service reads the chain and contract
        // of every event's ledger proof from it.
        await IndexerStore.RecordIdentityAsync(connection, transaction, Database.Dialect,
            new ChainIdentity(EpcisScenario.Chain.ChainId, Hash32.Keccak("genesis"u8), EpcisScenario.Chain.Contract, 0), cancellationToken);

        foreach (var projection in projections)
        {
            await projection.ApplyAsync(transaction, Database.Dialect, events, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_sqliteFile is not null)
        {
            File.Delete(_sqliteFile);
        }

        if (_postgres is not null)
        {
            await PostgreSqlTestServer.DropDatabaseAsync(_postgres, CancellationToken.None);
        }
    }
}
