using Npgsql;

namespace PharmaTrace.Testing;

/// <summary>
/// The real PostgreSQL server of <c>PHARMATRACE_TEST_POSTGRES</c> (an Npgsql connection string that
/// scripts/test-all.sh and scripts/postgres-test-server.sh set), with a fresh database per test.
/// Unset, a test that needs it fails with instructions; it is skipped only when the variable is
/// explicitly <c>skip</c>.
/// </summary>
public static class PostgreSqlTestServer
{
    public const string Variable = "PHARMATRACE_TEST_POSTGRES";

    /// <summary>
    /// Creates an empty database and returns its connection string; drop it with <see cref="DropDatabaseAsync"/>.
    /// <paramref name="options"/> follow <c>CREATE DATABASE name</c> (a locale, say).
    /// </summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken, string options = "")
    {
        var server = ServerConnectionString();
        var name = $"pt_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} {options}", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing its pooled connections first.</summary>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken)
    {
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string ServerConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.Equals(value, "skip", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Ignore($"{Variable}=skip: the PostgreSQL variant is skipped on request.");
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Fail($"{Variable} is not set. Start a server with `eval \"$(scripts/postgres-test-server.sh start)\"` " +
                        $"(or run scripts/test-all.sh), or set {Variable}=skip to skip the PostgreSQL variant explicitly.");
        }
        return value!;
    }
}
