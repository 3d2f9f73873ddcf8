using System.Data.Common;

namespace PharmaTrace.Indexer.Storage;

/// <summary>Small conveniences over ADO.NET that both providers understand (<c>@name</c> parameters).</summary>
public static class DbCommandExtensions
{
    /// <summary>Creates a command with its text and parameters, enlisted in <paramref name="transaction"/> when given.</summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }
        return command;
    }

    /// <summary>Adds a parameter; <see langword="null"/> becomes <see cref="DBNull"/>.</summary>
    public static DbParameter AddParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Runs the statement.</summary>
    public static async Task<int> ExecuteAsync(this DbConnection connection, string sql, DbTransaction? transaction, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A nullable column as a string.</summary>
    public static string? GetNullableString(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
