using System.Globalization;
using System.Text;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests.Indexing;

/// <summary>Every domain table as sorted text lines: two read models are equal when their dumps are.</summary>
public static class TableDump
{
    public static Task<IReadOnlyDictionary<string, List<string>>> DumpAsync(ReadModelDatabase database, CancellationToken cancellationToken) =>
        DumpTablesAsync(database, DomainSchema.Tables.Append("indexer_checkpoint"), "", cancellationToken);

    /// <summary>Both lanes of an indexer: the domain tables and the EPCIS ones, each lane with its checkpoints.</summary>
    public static async Task<IReadOnlyDictionary<string, List<string>>> DumpAsync(IndexerHarness indexer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indexer);
        var domain = await DumpAsync(indexer.Database, cancellationToken);
        var epcis = await DumpTablesAsync(indexer.EpcisDatabase, EpcisSchema.Tables.Append("indexer_checkpoint"), "epcis lane: ", cancellationToken);
        return domain.Concat(epcis).ToDictionary(p => p.Key, p => p.Value);
    }

    private static async Task<IReadOnlyDictionary<string, List<string>>> DumpTablesAsync(ReadModelDatabase database, IEnumerable<string> tables, string prefix, CancellationToken cancellationToken)
    {
        var dump = new Dictionary<string, List<string>>();
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var table in tables)
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
            dump[prefix + table] = rows;
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
