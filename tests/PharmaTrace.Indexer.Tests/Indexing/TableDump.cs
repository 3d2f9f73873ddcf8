using System.Globalization;
using System.Text;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests.Indexing;

/// <summary>Every domain table as sorted text lines: two read models are equal when their dumps are.</summary>
public static class TableDump
{
    public static async Task<IReadOnlyDictionary<string, List<string>>> DumpAsync(ReadModelDatabase database, CancellationToken cancellationToken)
    {
        var dump = new Dictionary<string, List<string>>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var table in DomainSchema.Tables.Append("indexer_checkpoint"))
        {
            await using var command = connection.Command($"SELECT * FROM {table}");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var line = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    line.Append(reader.GetName(i)).Append('=')
                        .Append(reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append(' ');
                }
                rows.Add(line.ToString());
            }
            rows.Sort(StringComparer.Ordinal);
            dump[table] = rows;
        }
        return dump;
    }

    public static async Task<long> CountAsync(ReadModelDatabase database, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql, null, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public static async Task<List<object?[]>> RowsAsync(ReadModelDatabase database, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(sql, null, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }
}
