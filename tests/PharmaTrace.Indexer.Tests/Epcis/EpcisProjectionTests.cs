using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Epcis.Query;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>The EPCIS projection on a real database: what it stores, across restarts, repeats and rollbacks.</summary>
[TestFixture(SqlDialect.Sqlite)]
[TestFixture(SqlDialect.PostgreSql)]
public sealed class EpcisProjectionTests(SqlDialect dialect)
{
    private static readonly IReadOnlyList<LedgerEvent> Events = EpcisScenario.Events();

    [Test]
    public async Task The_projection_stores_exactly_the_mapped_documents_in_chain_order()
    {
        await using var database = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        await database.ApplyAsync(Events, CancellationToken.None);

        Assert.That(await StoredAsync(database), Is.EqualTo(Expected()));
    }

    [Test]
    public async Task A_restarted_projection_reads_parties_and_batches_from_its_own_tables_and_stores_the_same_events()
    {
        await using var database = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        // Without the domain projection: its tables do not even exist.
        await database.ApplyAsync([.. Events.Where(e => e.Context.BlockNumber <= 3)], CancellationToken.None, domain: false);
        var restarted = new EpcisProjection(new FixedLedgerConnectionSource());
        await database.ApplyAsync([.. Events.Where(e => e.Context.BlockNumber > 3)], CancellationToken.None, restarted, domain: false);

        Assert.That(await StoredAsync(database), Is.EqualTo(Expected()));
    }

    [Test]
    public async Task Applying_a_range_twice_fails_and_leaves_each_event_stored_once()
    {
        await using var database = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        await database.ApplyAsync(Events, CancellationToken.None);

        Assert.That(async () => await database.ApplyAsync(Events, CancellationToken.None, domain: false), Throws.InstanceOf<System.Data.Common.DbException>());
        Assert.That(await StoredAsync(database), Is.EqualTo(Expected()));
        Assert.That(await CountAsync(database, EpcisSchema.Epcs), Is.EqualTo(Expected().Count + 1), "one class per event, plus the one SSCC");
    }

    [Test]
    public async Task Rolling_back_above_a_block_by_block_number_and_replaying_restores_the_same_rows()
    {
        await using var database = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        await database.ApplyAsync(Events, CancellationToken.None);
        var before = await DumpAsync(database);
        foreach (var table in database.Epcis.Tables)
        {
            await ExecuteAsync(database, $"DELETE FROM {table} WHERE block_number > 6");
        }

        Assert.That(await CountAsync(database, EpcisSchema.Events), Is.EqualTo(EpcisSchemaValidationTests.MapScenario().Count(e => e.BlockNumber <= 6)));
        await database.ApplyAsync([.. Events.Where(e => e.Context.BlockNumber > 6)], CancellationToken.None, domain: false);

        Assert.That(await DumpAsync(database), Is.EqualTo(before));
    }

    [Test]
    public async Task The_projection_rolls_back_by_seq_the_same_rows_a_delete_by_block_number_removes()
    {
        await using var byBlock = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        await using var bySeq = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        await byBlock.ApplyAsync(Events, CancellationToken.None);
        await bySeq.ApplyAsync(Events, CancellationToken.None);
        foreach (var table in byBlock.Epcis.Tables)
        {
            await ExecuteAsync(byBlock, $"DELETE FROM {table} WHERE block_number > 6");
        }

        await using (var connection = await bySeq.Database.OpenAsync(CancellationToken.None))
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await bySeq.Epcis.RollBackAsync(transaction, 6, CancellationToken.None);
            await transaction.CommitAsync();
        }

        Assert.That(await CountAsync(bySeq, EpcisSchema.Events), Is.EqualTo(EpcisSchemaValidationTests.MapScenario().Count(e => e.BlockNumber <= 6)));
        Assert.That(await DumpAsync(bySeq), Is.EqualTo(await DumpAsync(byBlock)));

        // The rollback forgot what the projection had learnt: the replay reads the parties and batches back from its tables.
        await bySeq.ApplyAsync([.. Events.Where(e => e.Context.BlockNumber > 6)], CancellationToken.None, domain: false);
        Assert.That(await StoredAsync(bySeq), Is.EqualTo(Expected()));
    }

    private static List<string> Expected() => [.. EpcisSchemaValidationTests.MapScenario().Select(e => e.Document.ToJsonString())];

    // Every stored event as the query service serves it: its columns and its stored JSON put together.
    private static async Task<List<string>> StoredAsync(EpcisDatabaseFixture database)
    {
        var service = new EpcisQueryService(database.Database, new EpcisPageToken());
        var served = new List<string>();
        foreach (var id in await QueryAsync(database, $"SELECT event_id FROM {EpcisSchema.Events} ORDER BY seq"))
        {
            served.Add((await service.GetAsync(id, CancellationToken.None))!.ToJsonString());
        }
        return served;
    }

    private static async Task<List<string>> DumpAsync(EpcisDatabaseFixture database) =>
    [
        .. await QueryAsync(database, $"SELECT e.seq || ' ' || e.event_id || ' ' || e.countries || ' ' || d.document FROM {EpcisSchema.Events} e JOIN {EpcisSchema.Documents} d ON d.seq = e.seq ORDER BY e.seq"),
        .. await QueryAsync(database, $"SELECT kind || ' ' || epc || ' ' || seq FROM {EpcisSchema.Epcs} ORDER BY kind, epc, seq"),
        .. await QueryAsync(database, $"SELECT address || ' ' || gln || ' ' || country || ' ' || block_number FROM {EpcisSchema.Parties} ORDER BY address, block_number"),
        .. await QueryAsync(database, $"SELECT batch_id || ' ' || gtin || ' ' || lot || ' ' || expiry || ' ' || country || ' ' || block_number FROM {EpcisSchema.Batches} ORDER BY batch_id, block_number"),
    ];

    private static async Task<long> CountAsync(EpcisDatabaseFixture database, string table) =>
        long.Parse((await QueryAsync(database, $"SELECT CAST(COUNT(*) AS TEXT) FROM {table}")).Single(), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<string>> QueryAsync(EpcisDatabaseFixture database, string sql)
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task ExecuteAsync(EpcisDatabaseFixture database, string sql)
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
