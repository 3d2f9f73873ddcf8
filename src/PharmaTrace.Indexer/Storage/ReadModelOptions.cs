using Microsoft.Extensions.Configuration;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// Which database holds the read model: <c>PharmaTrace:ReadModel:Provider</c> and <c>:ConnectionString</c>. The EPCIS
/// tables are written beside the domain ones by a writer of their own (<see cref="IndexerStore"/>'s lanes), so on SQLite,
/// where a file has one writer, they are in a file of their own (<see cref="Epcis"/>).
/// </summary>
public sealed record ReadModelOptions(SqlDialect Dialect, string ConnectionString)
{
    /// <summary>
    /// The EPCIS tables' connection string (<c>PharmaTrace:ReadModel:EpcisConnectionString</c>); when unset, on PostgreSQL
    /// the read model's database, on SQLite the read model's file name with <c>.epcis.db</c> for its extension.
    /// </summary>
    public string? EpcisConnectionString { get; init; }

    /// <summary>The options of the database that holds the EPCIS tables.</summary>
    public ReadModelOptions Epcis()
    {
        if (EpcisConnectionString is { Length: > 0 } configured)
        {
            return new ReadModelOptions(Dialect, configured);
        }
        if (Dialect == SqlDialect.PostgreSql)
        {
            return new ReadModelOptions(Dialect, ConnectionString);
        }
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            throw new InvalidOperationException("An in-memory SQLite read model has no file beside which to keep the EPCIS tables: set PharmaTrace:ReadModel:EpcisConnectionString.");
        }
        builder.DataSource = Path.ChangeExtension(builder.DataSource, ".epcis.db");
        return new ReadModelOptions(Dialect, builder.ToString());
    }

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
        return new ReadModelOptions(dialect, connectionString) { EpcisConnectionString = configuration["PharmaTrace:ReadModel:EpcisConnectionString"] };
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
