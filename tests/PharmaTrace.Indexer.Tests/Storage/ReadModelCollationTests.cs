using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Indexer.Tests.Epcis;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Testing;

namespace PharmaTrace.Indexer.Tests.Storage;

/// <summary>On PostgreSQL the read model's text compares byte by byte, as on SQLite, whatever the database's locale.</summary>
public sealed class ReadModelCollationTests
{
    private static readonly ChainIdentity Identity = new(31337, Hash32.Parse("0x" + new string('1', 64)), Address.Parse("0x" + new string('2', 40)), 1);
    private static readonly Checkpoint Start = new(0, Hash32.Parse("0x" + new string('3', 64)));

    [Test]
    public void The_DDL_gives_PostgreSQL_text_columns_the_C_collation_and_leaves_SQLite_alone()
    {
        const string statement = "CREATE TABLE t (a TEXT NOT NULL, context TEXT, b BIGINT)";
        Assert.That(SqlDialect.PostgreSql.Ddl(statement), Is.EqualTo("CREATE TABLE t (a TEXT COLLATE \"C\" NOT NULL, context TEXT COLLATE \"C\", b BIGINT)"));
        Assert.That(SqlDialect.Sqlite.Ddl(statement), Is.EqualTo(statement));
    }

    [Test]
    public async Task In_a_database_of_a_language_locale_every_text_column_orders_by_byte_as_SQLite_does()
    {
        // en-US puts "a" before "B"; bytes (and SQLite's BINARY) put "B" (0x42) before "a" (0x61).
        var connectionString = await PostgreSqlTestServer.CreateDatabaseAsync(CancellationToken.None,
            "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
        try
        {
            await using var database = new ReadModelDatabase(new ReadModelOptions(SqlDialect.PostgreSql, connectionString));
            var store = new IndexerStore(
            [
                new ProjectionLane(1, "domain", database, [new DomainProjection()]),
                new ProjectionLane(2, "EPCIS", database, [new EpcisProjection(new FixedLedgerConnectionSource())]),
            ]);
            await store.OpenAsync(Identity, Start, CancellationToken.None);

            await using var connection = await database.OpenAsync(CancellationToken.None);
            Assert.That(await ScalarAsync<bool>(connection, "SELECT 'a' < 'B'"), Is.True, "the database's own collation is a language's");

            var textColumns = await ScalarAsync<long>(connection,
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text'");
            var otherCollation = await ScalarAsync<string?>(connection,
                "SELECT string_agg(table_name || '.' || column_name, ', ') FROM information_schema.columns " +
                "WHERE table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C'");
            Assert.That(textColumns, Is.GreaterThan(50), "the domain, EPCIS and indexer tables' text columns");
            Assert.That(otherCollation, Is.Null, "text columns without the C collation");

            await connection.ExecuteAsync("INSERT INTO epcis_party (address, gln, country, block_number) VALUES ('a', '1', 'DE', 1), ('B', '2', 'FR', 1)", null, CancellationToken.None);
            Assert.That(await ScalarAsync<string>(connection, "SELECT string_agg(address, ',' ORDER BY address) FROM epcis_party"), Is.EqualTo("B,a"));
            Assert.That(await ScalarAsync<long>(connection, "SELECT count(*) FROM epcis_party WHERE address < 'a'"), Is.EqualTo(1), "B sorts below a in a range too");
        }
        finally
        {
            await PostgreSqlTestServer.DropDatabaseAsync(connectionString, CancellationToken.None);
        }
    }

    private static async Task<T> ScalarAsync<T>(System.Data.Common.DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull or null ? default! : (T)value;
    }
}
