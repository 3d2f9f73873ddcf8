using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using PharmaTrace.Indexer.Projection;
using SQLitePCL;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// Rows for one table, written by each database's bulk path in the range's transaction. On SQLite, multi-row
/// <c>INSERT ... VALUES (...), (...)</c> statements of SQLite's own (SQLitePCL.raw, on the connection's handle
/// and so in its transaction), a full chunk's prepared once for the life of the range, its values bound by
/// position: ADO.NET's SqliteCommand looks each parameter up by name on every execution, which cost a catch-up
/// as much time as SQLite's own work. On PostgreSQL, binary COPY, each row encoded as it is added
/// (<see cref="PostgresCopyEncoder"/>), while its values are fresh in the cache: a range's rows are not kept as objects
/// until its flush, for the collector to move and the encoder to fetch back from memory.
/// Values are <see cref="long"/>, <see cref="string"/> or UTF-8 text as <see cref="byte"/>[] (bound as it is on SQLite);
/// any of them may be null.
/// </summary>
internal sealed class RowBuffer : IAsyncDisposable
{
    private readonly string _table;
    private readonly string[] _columns;
    // SQLite runs in-process, so a statement costs no round trip: chunks of about 1,000 values only
    // spare the per-statement work.
    private readonly int _chunkRows;
    private readonly List<object?[]> _rows = [];
    private readonly PostgresCopyEncoder? _copy;
    private sqlite3_stmt? _chunkStatement;

    /// <summary>Rows for <paramref name="table"/>'s <paramref name="columns"/>, flushed to a database of <paramref name="dialect"/>.</summary>
    public RowBuffer(SqlDialect dialect, string table, params string[] columns)
    {
        _table = table;
        _columns = columns;
        _chunkRows = Math.Max(1, 960 / columns.Length);
        _copy = dialect == SqlDialect.PostgreSql ? new PostgresCopyEncoder(table) : null;
    }

    public int Count => _copy?.Rows ?? _rows.Count;

    public void Add(params object?[] values)
    {
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"{_table} has {_columns.Length} columns, got {values.Length} values.", nameof(values));
        }
        if (_copy is not null)
        {
            _copy.Add(values);
            return;
        }
        _rows.Add(values);
    }

    public async Task FlushAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (Count == 0)
        {
            return;
        }
        switch (transaction.Connection)
        {
            case SqliteConnection sqlite when _copy is null:
                FlushSqlite(sqlite.Handle ?? throw new InvalidOperationException("The SQLite connection is not open."));
                return;
            case NpgsqlConnection postgres when _copy is not null:
                await CopyAsync(postgres, _copy, cancellationToken);
                return;
            default:
                throw new NotSupportedException($"{_table}: rows for {(_copy is null ? SqlDialect.Sqlite : SqlDialect.PostgreSql)} cannot go to {transaction.Connection?.GetType().Name}.");
        }
    }

    public ValueTask DisposeAsync()
    {
        _chunkStatement?.Dispose();
        _chunkStatement = null;
        _copy?.Return();
        return ValueTask.CompletedTask;
    }

    // PostgreSQL's bulk path: COPY ... FROM STDIN in binary, one stream a flush, in the range's transaction
    // (postgresql.org/docs/current/sql-copy.html); no statement to parse or plan, no parameters to bind. The rows were
    // encoded as they came, straight into large buffers of the binary format (PostgresCopyEncoder), and go raw: Npgsql's
    // binary importer binds every value as a parameter through async calls of its own, which cost a catch-up more
    // than the encoding.
    private async Task CopyAsync(NpgsqlConnection connection, PostgresCopyEncoder copy, CancellationToken cancellationToken)
    {
        var stream = await connection.BeginRawBinaryCopyAsync(
            $"COPY {_table} ({string.Join(", ", _columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        try
        {
            await copy.WriteAsync(stream, cancellationToken);
        }
        catch
        {
            // Nothing of this flush reaches the table; the transaction rolls back with the error.
            copy.Return();
            try
            {
                await stream.CancelAsync();
            }
            finally
            {
                await stream.DisposeAsync();
            }
            throw;
        }
        // Disposing the stream ends the COPY, and reports the server's error if it refused a row.
        await stream.DisposeAsync();
    }

    private void FlushSqlite(sqlite3 db)
    {
        var offset = 0;
        while (_rows.Count - offset >= _chunkRows)
        {
            _chunkStatement ??= PrepareSqlite(db, _chunkRows);
            WriteSqlite(db, _chunkStatement, offset, _chunkRows);
            offset += _chunkRows;
        }
        if (offset < _rows.Count)
        {
            using var rest = PrepareSqlite(db, _rows.Count - offset);
            WriteSqlite(db, rest, offset, _rows.Count - offset);
        }
        _rows.Clear();
    }

    private sqlite3_stmt PrepareSqlite(sqlite3 db, int rows)
    {
        var rc = raw.sqlite3_prepare_v2(db, InsertSql(rows), out var statement);
        SqliteException.ThrowExceptionForRC(rc, db);
        return statement;
    }

    private void WriteSqlite(sqlite3 db, sqlite3_stmt statement, int offset, int count)
    {
        var p = 1;
        for (var r = 0; r < count; r++)
        {
            foreach (var value in _rows[offset + r])
            {
                var rc = value switch
                {
                    long number => raw.sqlite3_bind_int64(statement, p, number),
                    string text => raw.sqlite3_bind_text(statement, p, text),
                    byte[] utf8 => raw.sqlite3_bind_text(statement, p, (ReadOnlySpan<byte>)utf8),
                    null => raw.sqlite3_bind_null(statement, p),
                    _ => throw new ArgumentException($"{_table}: {value.GetType().Name} is neither a long, a string nor UTF-8 bytes."),
                };
                SqliteException.ThrowExceptionForRC(rc, db);
                p++;
            }
        }
        var step = raw.sqlite3_step(statement);
        var reset = raw.sqlite3_reset(statement);
        SqliteException.ThrowExceptionForRC(step == raw.SQLITE_DONE ? reset : step, db);
    }

    private string InsertSql(int rows)
    {
        var sql = new StringBuilder($"INSERT INTO {_table} ({string.Join(", ", _columns)}) VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < _columns.Length; c++)
            {
                sql.Append(c == 0 ? "?" : ", ?");
            }
            sql.Append(')');
        }
        return sql.ToString();
    }
}
