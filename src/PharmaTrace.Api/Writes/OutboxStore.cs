using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PharmaTrace.Api.Storage;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// The outbox tables of <c>api.db</c>: operations, their steps and the signed transactions. A
/// transaction is written with its operations in one SQLite transaction before it is broadcast, so
/// after a crash the same bytes are found again and resent (never re-signed).
/// </summary>
internal sealed class OutboxStore
{
    private readonly ApiDatabase _database;

    public OutboxStore(ApiDatabase database)
    {
        _database = database;
        AddRevertDataColumn(database);
    }

    /// <summary>The highest nonce this signer holds in the outbox (a nonce released by a refused transaction is stored negated: -1 - nonce).</summary>
    public ulong? MaxNonce(Address signer)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT MAX(nonce) FROM outbox_transactions WHERE signer = $s AND nonce >= 0";
        command.Parameters.AddWithValue("$s", signer.ToLowerHexString());
        return command.ExecuteScalar() is long n ? (ulong)n : null;
    }

    public void Persist(IReadOnlyList<OutboxTransaction> transactions, IReadOnlyList<(Guid Id, Address Participant, string Kind, Hash32? ResultTopic)> operations, IReadOnlyList<OutboxStep> steps)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        // One prepared statement per table, its parameters set again for each row: a merged batch stores hundreds.
        using (var insert = Prepare(connection, tx, "INSERT INTO outbox_transactions (hash, signer, nonce, raw, state, created_at) VALUES ($h, $s, $n, $r, 'signed', $t)", "$h", "$s", "$n", "$r", "$t"))
        {
            foreach (var t in transactions)
            {
                Run(insert, t.Hash.ToString(), t.Signer.ToLowerHexString(), (long)t.Nonce, t.Raw, now);
            }
        }
        using (var insert = Prepare(connection, tx, "INSERT INTO outbox_operations (id, participant, kind, state, result_topic, created_at) VALUES ($i, $p, $k, 'Pending', $r, $t)", "$i", "$p", "$k", "$r", "$t"))
        {
            foreach (var (id, participant, kind, topic) in operations)
            {
                Run(insert, id.ToString(), participant.ToLowerHexString(), kind, topic?.ToString(), now);
            }
        }
        using (var insert = Prepare(connection, tx, "INSERT INTO outbox_steps (operation_id, step, tx_hash, call_index, result_ordinal) VALUES ($o, $s, $h, $c, $r)", "$o", "$s", "$h", "$c", "$r"))
        {
            foreach (var step in steps)
            {
                Run(insert, step.OperationId.ToString(), step.Step, step.TransactionHash.ToString(), step.CallIndex, step.ResultOrdinal);
            }
        }
        tx.Commit();
    }

    /// <summary>Transactions not known to be mined: to broadcast and follow.</summary>
    public List<OutboxTransaction> LoadUnmined() => LoadTransactions("state IN ('signed', 'sent')");

    /// <summary>Transactions recorded as mined at or above <paramref name="fromBlock"/>: checked again after the chain lost blocks.</summary>
    public List<OutboxTransaction> LoadMinedSince(ulong fromBlock) => LoadTransactions($"state = 'mined' AND block_number >= {fromBlock}", "block_number, rowid");

    /// <summary>The highest block a transaction of ours was recorded in.</summary>
    public (ulong Number, Hash32 Hash)? HighestMinedBlock()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT block_number, block_hash FROM outbox_transactions WHERE state = 'mined' ORDER BY block_number DESC LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? ((ulong)reader.GetInt64(0), Hash32.Parse(reader.GetString(1))) : null;
    }

    /// <summary>Records the receipt and returns the operations it finished.</summary>
    /// <param name="receipt">The receipt.</param>
    /// <param name="revert">For a transaction mined with status 0: its replayed revert data and the sentence for it.</param>
    public List<Guid> MarkMined(RpcTransactionReceipt receipt, (byte[] Data, string Text)? revert = null)
    {
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        var hash = receipt.TransactionHash.ToString();
        Execute(connection, tx, "UPDATE outbox_transactions SET state = 'mined', block_number = $b, block_hash = $bh, status = $st WHERE hash = $h",
            ("$b", (long)receipt.BlockNumber), ("$bh", receipt.BlockHash.ToString()), ("$st", (long)(receipt.Status ?? 1)), ("$h", hash));
        var finished = new List<Guid>();
        var steps = StepsOf(connection, tx, hash);
        if (!receipt.Succeeded)
        {
            var error = $"Transaction {hash} was mined in block {receipt.BlockNumber} but reverted" + (revert is { } r ? ": " + r.Text : ".");
            using var fail = Prepare(connection, tx, "UPDATE outbox_operations SET state = 'Failed', error = $e, revert_data = $d, completed_at = $t WHERE id = $i", "$e", "$d", "$t", "$i");
            foreach (var (operationId, _, _) in steps)
            {
                Run(fail, error, revert is { } rd ? Hex.Encode(rd.Data) : null, Now(), operationId.ToString());
                finished.Add(operationId);
            }
            tx.Commit();
            return finished;
        }
        // The logs of each event, in their order: the n-th result event of a multicall is its n-th such log.
        var logsByTopic = receipt.Logs.Where(l => l.Topics.Count > 0).GroupBy(l => l.Topics[0].ToString()).ToDictionary(g => g.Key, g => g.ToList());
        using var setLog = Prepare(connection, tx, "UPDATE outbox_operations SET result_log = $l WHERE id = $i", "$l", "$i");
        using var countUnmined = Prepare(connection, tx, "SELECT COUNT(*) FROM outbox_steps s JOIN outbox_transactions t ON t.hash = s.tx_hash WHERE s.operation_id = $o AND t.state <> 'mined'", "$o");
        using var complete = Prepare(connection, tx, "UPDATE outbox_operations SET state = 'Completed', completed_at = $t WHERE id = $i AND state = 'Pending'", "$t", "$i");
        foreach (var (operationId, ordinal, topic) in steps)
        {
            if (topic is { } t && ordinal >= 0 && logsByTopic.GetValueOrDefault(t)?.ElementAtOrDefault(ordinal) is { } log)
            {
                var json = JsonSerializer.Serialize(new { topics = log.Topics.Select(x => x.ToString()).ToArray(), data = Hex.Encode(log.Data.Span) });
                Run(setLog, json, operationId.ToString());
            }
            countUnmined.Parameters[0].Value = operationId.ToString();
            if ((long)countUnmined.ExecuteScalar()! == 0)
            {
                Run(complete, Now(), operationId.ToString());
                finished.Add(operationId);
            }
        }
        tx.Commit();
        return finished;
    }

    /// <summary>A mined transaction the chain no longer has (the node lost blocks): pending again, to be resent.</summary>
    public void MarkUnmined(Hash32 hash)
    {
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, "UPDATE outbox_transactions SET state = 'sent', block_number = NULL, block_hash = NULL, status = NULL WHERE hash = $h", ("$h", hash.ToString()));
        Execute(connection, tx, "UPDATE outbox_operations SET state = 'Pending', completed_at = NULL WHERE id IN (SELECT operation_id FROM outbox_steps WHERE tx_hash = $h)", ("$h", hash.ToString()));
        tx.Commit();
    }

    /// <summary>
    /// The node will never take this transaction: its operations fail. With <paramref name="releaseNonce"/>
    /// the nonce was never used on the chain and is given back (stored negated) when no later
    /// transaction of the signer holds one, so that the signer's next transaction takes it; returns
    /// whether it was released.
    /// </summary>
    public (List<Guid> Operations, bool Released) MarkRefused(Hash32 hash, string error, bool releaseNonce)
    {
        using var connection = _database.Open();
        using var tx = connection.BeginTransaction();
        var released = releaseNonce && Execute(connection, tx,
            "UPDATE outbox_transactions SET nonce = -1 - nonce WHERE hash = $h AND nonce = (SELECT MAX(nonce) FROM outbox_transactions WHERE signer = (SELECT signer FROM outbox_transactions WHERE hash = $h))",
            ("$h", hash.ToString())) == 1;
        Execute(connection, tx, "UPDATE outbox_transactions SET state = 'refused', error = $e WHERE hash = $h", ("$e", error), ("$h", hash.ToString()));
        var ids = StepsOf(connection, tx, hash.ToString()).Select(s => s.OperationId).ToList();
        foreach (var id in ids)
        {
            Execute(connection, tx, "UPDATE outbox_operations SET state = 'Failed', error = $e, completed_at = $t WHERE id = $i", ("$e", error), ("$t", Now()), ("$i", id.ToString()));
        }
        tx.Commit();
        return (ids, released);
    }

    public void MarkSent(Hash32 hash)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE outbox_transactions SET state = 'sent' WHERE hash = $h AND state = 'signed'";
        command.Parameters.AddWithValue("$h", hash.ToString());
        command.ExecuteNonQuery();
    }

    /// <summary>The state of a stored transaction: signed, sent, mined or refused.</summary>
    public string? Get(Hash32 hash)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM outbox_transactions WHERE hash = $h";
        command.Parameters.AddWithValue("$h", hash.ToString());
        return command.ExecuteScalar() as string;
    }

    public Address? ParticipantOf(Guid id)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT participant FROM outbox_operations WHERE id = $i";
        command.Parameters.AddWithValue("$i", id.ToString());
        return command.ExecuteScalar() is string p ? Address.Parse(p) : null;
    }

    public OperationStatus? Get(Guid id)
    {
        using var connection = _database.Open();
        return Get(connection, id);
    }

    /// <summary>The states of several operations read on one connection (a mined multicall finishes hundreds at once).</summary>
    public List<OperationStatus> GetMany(IReadOnlyCollection<Guid> ids)
    {
        using var connection = _database.Open();
        var list = new List<OperationStatus>(ids.Count);
        foreach (var id in ids)
        {
            if (Get(connection, id) is { } status)
            {
                list.Add(status);
            }
        }
        return list;
    }

    private static OperationStatus? Get(SqliteConnection connection, Guid id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, state, error, result_log, revert_data FROM outbox_operations WHERE id = $i";
        command.Parameters.AddWithValue("$i", id.ToString());
        string kind, state;
        string? error, resultLog, revertData;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }
            (kind, state, error, resultLog) = (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            revertData = reader.IsDBNull(4) ? null : reader.GetString(4);
        }
        command.CommandText = "SELECT t.hash, t.block_number, t.block_hash FROM outbox_steps s JOIN outbox_transactions t ON t.hash = s.tx_hash WHERE s.operation_id = $i ORDER BY s.step";
        var transactions = new List<OperationTransaction>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                transactions.Add(new OperationTransaction(reader.GetString(0), reader.IsDBNull(1) ? null : (ulong)reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }
        }
        return new OperationStatus
        {
            Id = id, Kind = kind, State = Enum.Parse<OperationState>(state), Error = error,
            Transactions = transactions, ResultLog = resultLog is null ? null : ParseLog(resultLog),
            RevertData = revertData is null ? null : Hex.Decode(revertData),
        };
    }

    private static RpcLog ParseLog(string json)
    {
        using var document = JsonDocument.Parse(json);
        var topics = document.RootElement.GetProperty("topics").EnumerateArray().Select(t => Hash32.Parse(t.GetString()!)).ToArray();
        return new RpcLog
        {
            Address = Address.Zero, Topics = topics, Data = Hex.Decode(document.RootElement.GetProperty("data").GetString()!),
            LogIndex = 0, TransactionHash = default, BlockNumber = 0, BlockHash = default,
        };
    }

    private List<OutboxTransaction> LoadTransactions(string where, string order = "signer, nonce")
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT hash, signer, nonce, raw FROM outbox_transactions WHERE {where} ORDER BY {order}";
        using var reader = command.ExecuteReader();
        var list = new List<OutboxTransaction>();
        while (reader.Read())
        {
            list.Add(new OutboxTransaction(Hash32.Parse(reader.GetString(0)), Address.Parse(reader.GetString(1)), (ulong)reader.GetInt64(2), (byte[])reader[3]));
        }
        return list;
    }

    private static List<(Guid OperationId, int Ordinal, string? Topic)> StepsOf(SqliteConnection connection, SqliteTransaction tx, string hash)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT s.operation_id, CASE WHEN s.step = 0 THEN s.result_ordinal ELSE -1 END, o.result_topic FROM outbox_steps s JOIN outbox_operations o ON o.id = s.operation_id WHERE s.tx_hash = $h";
        command.Parameters.AddWithValue("$h", hash);
        using var reader = command.ExecuteReader();
        var list = new List<(Guid, int, string?)>();
        while (reader.Read())
        {
            list.Add((Guid.Parse(reader.GetString(0)), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        return list;
    }

    /// <summary>The column for a mined-and-reverted operation's revert data (added to api.db files made before it).</summary>
    private static void AddRevertDataColumn(ApiDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('outbox_operations') WHERE name = 'revert_data'";
        if ((long)command.ExecuteScalar()! == 0)
        {
            command.CommandText = "ALTER TABLE outbox_operations ADD COLUMN revert_data TEXT";
            command.ExecuteNonQuery();
        }
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
