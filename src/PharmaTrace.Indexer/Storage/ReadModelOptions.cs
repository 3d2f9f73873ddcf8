using Microsoft.Extensions.Configuration;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Storage;

/// <summary>Which database holds the read model: <c>PharmaTrace:ReadModel:Provider</c> and <c>:ConnectionString</c>.</summary>
public sealed record ReadModelOptions(SqlDialect Dialect, string ConnectionString)
{
    /// <summary>
    /// Reads the options; the provider defaults to SQLite in <c>$DATA/readmodel.db</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is neither <c>Sqlite</c> nor <c>PostgreSql</c>.</exception>
    public static ReadModelOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["PharmaTrace:ReadModel:Provider"];
        SqlDialect dialect;
        if (string.IsNullOrWhiteSpace(provider) || provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            dialect = SqlDialect.Sqlite;
        }
        else if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            dialect = SqlDialect.PostgreSql;
        }
        else
        {
            // A typo must not silently fall back to a second, empty read model.
            throw new InvalidOperationException(
                $"PharmaTrace:ReadModel:Provider is \"{provider}\": it must be Sqlite or PostgreSql.");
        }
        var connectionString = configuration["PharmaTrace:ReadModel:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (dialect == SqlDialect.PostgreSql)
            {
                throw new InvalidOperationException("PharmaTrace:ReadModel:ConnectionString is required when the provider is PostgreSql.");
            }
            var data = DataDirectory(configuration);
            Directory.CreateDirectory(data);
            connectionString = $"Data Source={Path.Combine(data, "readmodel.db")}";
        }
        return new ReadModelOptions(dialect, connectionString);
    }

    /// <summary><c>PHARMATRACE_DATA</c>, else <c>PharmaTrace:DataDirectory</c>, else <c>./.pharmatrace</c>.</summary>
    public static string DataDirectory(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return Environment.GetEnvironmentVariable("PHARMATRACE_DATA")
            ?? configuration["PharmaTrace:DataDirectory"]
            ?? Path.Combine(Directory.GetCurrentDirectory(), ".pharmatrace");
    }
}
