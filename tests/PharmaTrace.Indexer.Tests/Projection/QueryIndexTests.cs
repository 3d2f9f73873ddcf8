using System.Text.RegularExpressions;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Projection;

/// <summary>A read model replayed from the deployment loads its rows first and builds its query indexes at the head.</summary>
[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class QueryIndexTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    private static readonly string[] DomainIndexes = Names(DomainSchema.QueryIndexes);
    // On PostgreSQL the EPCIS tables' unique keys are built at the head too (EpcisSchema.PostgresKeys).
    private readonly string[] EpcisIndexes = Names(EpcisSchema.DeferredIndexes(dialect));
    private static readonly string[] QueriedTables = [EpcisSchema.Events, EpcisSchema.Epcs, "custody_movement", "shipment_event"];

    [Test]
    public async Task The_follower_builds_the_query_indexes_when_it_reaches_the_head_and_not_before()
    {
        await SupplyChainScenario.RunAsync(World, Token);
        var indexer = await IndexerAsync();
        await indexer.Follower.OpenAsync(Token);
        Assert.That(await indexer.Follower.StepAsync(Token), Is.True);
        Assert.That(await indexer.Store.ReadCheckpointAsync(Token), Has.Property("BlockNumber").LessThan(await World.Client.GetBlockNumberAsync(Token)),
            "the first range is one block: the follower is still catching up");

        Assert.That(indexer.Store.QueryIndexesPending, Is.True);
        Assert.That((await IndexesAsync(indexer.Database)).Intersect(DomainIndexes), Is.Empty);
        Assert.That((await IndexesAsync(indexer.EpcisDatabase)).Intersect(EpcisIndexes), Is.Empty);

        await indexer.StepToHeadAsync(Token);

        Assert.That(indexer.Store.QueryIndexesPending, Is.False);
        Assert.That(await IndexesAsync(indexer.Database), Is.SupersetOf(DomainIndexes));
        Assert.That(await IndexesAsync(indexer.EpcisDatabase), Is.SupersetOf(EpcisIndexes));

        // Built at the head or declared with the table, the EPCIS keys refuse an event, a document or an identifier twice.
        foreach (var (table, columns) in new[] { (EpcisSchema.Events, "seq"), (EpcisSchema.Documents, "seq"), (EpcisSchema.Epcs, "kind, epc, seq") })
        {
            var copy = $"INSERT INTO {table} SELECT * FROM {table} WHERE ({columns}) IN (SELECT {columns} FROM {table} LIMIT 1)";
            Assert.That(async () => await ExecuteAsync(indexer.EpcisDatabase, copy), Throws.InstanceOf<System.Data.Common.DbException>(), table);
        }
    }

    [Test]
    public async Task A_restart_before_the_head_keeps_the_indexes_pending_and_one_after_the_build_does_not_build_again()
    {
        await SupplyChainScenario.RunAsync(World, Token);
        var first = await IndexerAsync();
        await first.Follower.OpenAsync(Token);
        await first.Follower.StepAsync(Token);

        // Killed mid catch-up: the next process opens the same read model and still loads without the indexes.
        var second = await Own(new IndexerHarness(ReadModel.Options, World.Client, World.Manifest));
        await second.Follower.OpenAsync(Token);
        Assert.That(second.Store.QueryIndexesPending, Is.True);
        Assert.That((await IndexesAsync(second.Database)).Intersect(DomainIndexes), Is.Empty);

        await second.StepToHeadAsync(Token);
        Assert.That(await IndexesAsync(second.Database), Is.SupersetOf(DomainIndexes));

        var third = await Own(new IndexerHarness(ReadModel.Options, World.Client, World.Manifest));
        await third.Follower.OpenAsync(Token);
        Assert.That(third.Store.QueryIndexesPending, Is.False, "the lanes' checkpoint rows say their indexes are built");
        Assert.That(await third.Store.BuildQueryIndexesAsync(Token), Is.Empty);
    }

    [Test]
    public async Task A_read_model_built_at_the_head_holds_the_same_rows_as_one_that_indexed_as_it_went()
    {
        await SupplyChainScenario.RunAsync(World, Token);
        var deferred = await IndexerAsync();
        await deferred.CatchUpAsync(Token);

        // The other read model has its indexes from the start: its lanes are marked built before any range.
        var second = await SecondReadModelAsync();
        var eager = await Own(new IndexerHarness(second.Options, World.Client, World.Manifest));
        await eager.Follower.OpenAsync(Token);
        await eager.Store.BuildQueryIndexesAsync(Token);
        Assert.That(await IndexesAsync(eager.EpcisDatabase), Is.SupersetOf(EpcisIndexes));
        await eager.StepToHeadAsync(Token);

        Assert.That(await TableDump.DumpAsync(eager, Token), Is.EqualTo(await TableDump.DumpAsync(deferred, Token)));
    }

    [Test]
    public async Task After_the_build_the_planner_has_statistics_of_the_queried_tables_and_the_documents_are_not_sampled()
    {
        await SupplyChainScenario.RunAsync(World, Token);
        var indexer = await IndexerAsync();
        await indexer.Follower.OpenAsync(Token);
        var databases = new[] { indexer.Database, indexer.EpcisDatabase }.Distinct().ToList();
        var dialect = indexer.Database.Dialect;
        if (dialect == SqlDialect.PostgreSql)
        {
            // Only the indexer's own ANALYZE, not the autovacuum's, may gather the documents' statistics here.
            await ExecuteAsync(indexer.EpcisDatabase, $"ALTER TABLE {EpcisSchema.Documents} SET (autovacuum_enabled = false)");
        }

        await indexer.StepToHeadAsync(Token);

        var analyzed = new List<string>();
        foreach (var database in databases)
        {
            analyzed.AddRange(await AnalyzedTablesAsync(database));
        }
        if (dialect == SqlDialect.Sqlite)
        {
            Assert.That(analyzed, Is.Empty, "SQLite plans from its indexes alone: the indexer never runs ANALYZE there");
            return;
        }
        Assert.That(analyzed, Is.SupersetOf(QueriedTables));
        Assert.That(analyzed, Does.Not.Contain(EpcisSchema.Documents));
    }

    private static async Task ExecuteAsync(ReadModelDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Token);
    }

    // The tables with column statistics: pg_stats on PostgreSQL, sqlite_stat1 (if ANALYZE ever made it) on SQLite.
    private static Task<List<string>> AnalyzedTablesAsync(ReadModelDatabase database) => TextColumnAsync(database, database.Dialect == SqlDialect.Sqlite
        ? "SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'"
        : "SELECT DISTINCT tablename FROM pg_stats WHERE schemaname = 'public'");

    private static string[] Names(IEnumerable<string> statements) =>
        [.. statements.Select(s => Regex.Match(s, @"CREATE (?:UNIQUE )?INDEX IF NOT EXISTS (\w+)").Groups[1].Value)];

    private static Task<List<string>> IndexesAsync(ReadModelDatabase database) => TextColumnAsync(database, database.Dialect == SqlDialect.Sqlite
        ? "SELECT name FROM sqlite_master WHERE type = 'index'"
        : "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'");

    private static async Task<List<string>> TextColumnAsync(ReadModelDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(Token);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Token);
        while (await reader.ReadAsync(Token))
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }
}
