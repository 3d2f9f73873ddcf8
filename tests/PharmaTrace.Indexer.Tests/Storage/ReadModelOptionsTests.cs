using Microsoft.Extensions.Configuration;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests.Storage;

public sealed class ReadModelOptionsTests
{
    [TestCase(null, SqlDialect.Sqlite)]
    [TestCase("Sqlite", SqlDialect.Sqlite)]
    [TestCase("postgresql", SqlDialect.PostgreSql)]
    public void The_provider_defaults_to_SQLite_and_is_read_case_insensitively(string? provider, SqlDialect expected)
    {
        var options = ReadModelOptions.FromConfiguration(Configuration(provider, provider is null ? null : "Host=127.0.0.1"));

        Assert.That(options.Dialect, Is.EqualTo(expected));
    }

    [Test]
    public void An_unknown_provider_is_a_startup_error_naming_it_and_the_choices()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReadModelOptions.FromConfiguration(Configuration("Oracle", null)));

        Assert.That(error!.Message, Does.Contain("\"Oracle\"").And.Contain("Sqlite or PostgreSql"));
    }

    [Test]
    public void PostgreSql_without_a_connection_string_is_a_startup_error()
    {
        Assert.Throws<InvalidOperationException>(() => ReadModelOptions.FromConfiguration(Configuration("PostgreSql", null)));
    }

    [Test]
    public void The_default_SQLite_file_lives_in_the_data_directory()
    {
        var data = Directory.CreateTempSubdirectory("pharmatrace-data-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PharmaTrace:DataDirectory"] = data }).Build();
            Assume.That(Environment.GetEnvironmentVariable("PHARMATRACE_DATA"), Is.Null, "PHARMATRACE_DATA overrides the setting");

            Assert.That(ReadModelOptions.FromConfiguration(configuration).ConnectionString, Is.EqualTo($"Data Source={Path.Combine(data, "readmodel.db")}"));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public void The_EPCIS_tables_are_a_file_beside_SQLites_the_same_database_on_PostgreSQL_or_what_is_configured()
    {
        var sqlite = new ReadModelOptions(SqlDialect.Sqlite, "Data Source=/data/readmodel.db").Epcis();
        Assert.That(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource, Is.EqualTo("/data/readmodel.epcis.db"));
        Assert.That(new ReadModelOptions(SqlDialect.PostgreSql, "Host=db;Database=rm").Epcis().ConnectionString, Is.EqualTo("Host=db;Database=rm"));

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PharmaTrace:ReadModel:Provider"] = "PostgreSql",
            ["PharmaTrace:ReadModel:ConnectionString"] = "Host=db;Database=rm",
            ["PharmaTrace:ReadModel:EpcisConnectionString"] = "Host=db2;Database=epcis",
        }).Build();
        Assert.That(ReadModelOptions.FromConfiguration(configuration).Epcis(), Is.EqualTo(new ReadModelOptions(SqlDialect.PostgreSql, "Host=db2;Database=epcis")));
        Assert.Throws<InvalidOperationException>(() => new ReadModelOptions(SqlDialect.Sqlite, "Data Source=:memory:").Epcis(), "no file to put the EPCIS one beside");
    }

    private static IConfiguration Configuration(string? provider, string? connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PharmaTrace:ReadModel:Provider"] = provider,
            ["PharmaTrace:ReadModel:ConnectionString"] = connectionString,
        }).Build();
}
