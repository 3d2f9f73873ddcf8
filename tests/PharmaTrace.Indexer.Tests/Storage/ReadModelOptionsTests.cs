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

    private static IConfiguration Configuration(string? provider, string? connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PharmaTrace:ReadModel:Provider"] = provider,
            ["PharmaTrace:ReadModel:ConnectionString"] = connectionString,
        }).Build();
}
