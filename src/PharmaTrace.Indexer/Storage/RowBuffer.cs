using System.Data.Common;
using System.Text;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// Rows for one table, written as multi-row <c>INSERT ... VALUES (...), (...)</c> statements that both
/// databases accept. A full chunk reuses one prepared command for the life of the range transaction:
/// that keeps catch-up fast on SQLite (no re-parse) and on PostgreSQL (few round trips).
/// Values are <see cref="long"/> or <see cref="string"/>; only text columns may be null.
/// </summary>
internal sealed class RowBuffer : IAsyncDisposable
{
    private readonly string _table;
    private readonly string[] _columns;
    private int _chunkRows;
    private readonly List<object?[]> _rows = [];
    private DbCommand? _chunkCommand;

    public RowBuffer(string table, params string[] columns)
    {
        _table = table;
        _columns = columns;
    }

    public int Count => _rows.Count;

    public void Add(params object?[] values)
    {
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"{_table} has {_columns.Length} columns, got {values.Length} values.", nameof(values));
        }
        _rows.Add(values);
    }

    public async Task FlushAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        // PostgreSQL: big statements save round trips (65,535 parameters allowed). SQLite has no round
        // trips, but finds each named parameter by a linear scan (sqlite3_bind_parameter_index), so a
        // statement's cost grows with the square of its parameters: a few hundred is the sweet spot.
        _chunkRows = Math.Max(1, (transaction.Connection is Microsoft.Data.Sqlite.SqliteConnection ? 240 : 8_000) / _columns.Length);
        var offset = 0;
        while (_rows.Count - offset >= _chunkRows)
        {
            _chunkCommand ??= await PrepareAsync(transaction, _chunkRows, cancellationToken);
            await WriteAsync(_chunkCommand, offset, _chunkRows, cancellationToken);
            offset += _chunkRows;
        }
        if (offset < _rows.Count)
        {
            await using var rest = await PrepareAsync(transaction, _rows.Count - offset, cancellationToken);
            await WriteAsync(rest, offset, _rows.Count - offset, cancellationToken);
        }
        _rows.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_chunkCommand is not null)
        {
            await _chunkCommand.DisposeAsync();
        }
    }

    private async Task WriteAsync(DbCommand command, int offset, int count, CancellationToken cancellationToken)
    {
        var parameters = command.Parameters;
        var p = 0;
        for (var r = 0; r < count; r++)
        {
            foreach (var value in _rows[offset + r])
            {
                parameters[p++].Value = value ?? DBNull.Value;
            }
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<DbCommand> PrepareAsync(DbTransaction transaction, int rows, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES ");
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                var name = $"@p{p++}";
                sql.Append(c == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                // The first row's values type the parameters; later rows only change values. Only
                // text columns may be null, so a null is typed as text for PostgreSQL.
                parameter.Value = _rows[r][c] ?? DBNull.Value;
                if (_rows[r][c] is null)
                {
                    parameter.DbType = System.Data.DbType.String;
                }
                command.Parameters.Add(parameter);
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        await command.PrepareAsync(cancellationToken);
        return command;
    }
}
