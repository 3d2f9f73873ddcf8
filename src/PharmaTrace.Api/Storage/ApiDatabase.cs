using Microsoft.Data.Sqlite;

using PharmaTrace.Api.Hosting;

namespace PharmaTrace.Api.Storage;

/// <summary>
/// The API's own store in SQLite (<c>$DATA/api.db</c>, WAL): encrypted signing keys, hashed API keys,
/// the outbox of signed transactions and the idempotency records. Nothing here duplicates ledger
/// state: it is what the API must remember to act, not what the ledger says.
/// </summary>
public sealed class ApiDatabase
{
    private readonly string _connectionString;

    /// <summary>Creates the file and its tables if needed.</summary>
    public ApiDatabase(ApiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Directory.CreateDirectory(settings.DataDirectory);
        // The API's database and the read model share one SQLite in this process: its settings go in before either opens.
        Indexer.Storage.SqliteEngine.Configure();
        _connectionString = new SqliteConnectionStringBuilder { DataSource = settings.DatabasePath, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        using var command = connection.CreateCommand();
        // WAL is a property of the file, set once; it lets readers run beside the single writer.
        command.CommandText = "PRAGMA journal_mode=WAL;" + Schema;
        command.ExecuteNonQuery();
    }

    /// <summary>An open connection; busy waits up to 30 s when another writer holds the lock.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        // In WAL mode NORMAL sync is durable across a process crash (SQLite docs, "WAL mode": only a
        // power loss can lose the last transactions); the busy timeout comes from DefaultTimeout.
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS signing_keys (
            address TEXT PRIMARY KEY, sealed BLOB NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS api_keys (
            key_hash BLOB PRIMARY KEY, participant TEXT NOT NULL, role TEXT NOT NULL, country TEXT NOT NULL,
            name TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS outbox_transactions (
            hash TEXT PRIMARY KEY, signer TEXT NOT NULL, nonce INTEGER NOT NULL, raw BLOB NOT NULL,
            state TEXT NOT NULL, block_number INTEGER, block_hash TEXT, status INTEGER, error TEXT,
            created_at TEXT NOT NULL, UNIQUE (signer, nonce));
        CREATE TABLE IF NOT EXISTS outbox_operations (
            id TEXT PRIMARY KEY, participant TEXT NOT NULL, kind TEXT NOT NULL, state TEXT NOT NULL,
            result_topic TEXT, result_log TEXT, error TEXT, created_at TEXT NOT NULL, completed_at TEXT);
        CREATE TABLE IF NOT EXISTS outbox_steps (
            operation_id TEXT NOT NULL, step INTEGER NOT NULL, tx_hash TEXT NOT NULL, call_index INTEGER NOT NULL,
            result_ordinal INTEGER NOT NULL, PRIMARY KEY (operation_id, step));
        CREATE INDEX IF NOT EXISTS outbox_steps_tx ON outbox_steps (tx_hash);
        CREATE TABLE IF NOT EXISTS idempotency (
            participant TEXT NOT NULL, key TEXT NOT NULL, request_hash BLOB NOT NULL, status INTEGER,
            content_type TEXT, body BLOB, location TEXT, created_at TEXT NOT NULL, PRIMARY KEY (participant, key));
        CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;
}
