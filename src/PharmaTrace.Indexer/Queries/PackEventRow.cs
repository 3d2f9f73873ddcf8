using System.Data.Common;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A <c>pack_event</c> row: a decommission, its undo, or a falsification alert of one pack.</summary>
internal sealed record PackEventRow(long LeafIndex, string? SerialHash, string Kind, string? Reason, string Actor, LedgerProof Proof, DateTimeOffset At)
{
    /// <summary>
    /// The rows of a batch, or of one of its packs when <paramref name="leafIndex"/> is given, in chain order:
    /// at most <paramref name="limit"/> after <paramref name="after"/> when given.
    /// </summary>
    public static async Task<List<PackEventRow>> ReadAsync(
        DbConnection connection, string batchId, long? leafIndex, CancellationToken cancellationToken, ChainPosition? after = null, int? limit = null)
    {
        await using var command = connection.Command(
            $"SELECT leaf_index, serial_hash, kind, reason, actor, {QueryRows.ProofColumns} FROM pack_event WHERE batch_id = @b" +
            (leafIndex is null ? "" : " AND leaf_index = @i") + (after is null ? "" : " AND " + ChainPosition.AfterCondition) +
            " ORDER BY block_number, log_index" + (limit is null ? "" : " LIMIT @limit"), null, ("@b", batchId));
        if (leafIndex is { } index)
        {
            command.AddParameter("@i", index);
        }
        if (after is { } position)
        {
            command.AddParameter("@after_block", position.BlockNumber);
            command.AddParameter("@after_log", position.LogIndex);
        }
        if (limit is { } most)
        {
            command.AddParameter("@limit", most);
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<PackEventRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (proof, at) = QueryRows.Proof(reader, 5);
            rows.Add(new PackEventRow(reader.GetInt64(0), reader.GetNullableString(1), reader.GetString(2), reader.GetNullableString(3), reader.GetString(4), proof, at));
        }
        return rows;
    }

    /// <summary>The step's kind as provenance names it: the projection's <c>alert</c> is a falsification alert.</summary>
    public string StepKind => Kind == "alert" ? "falsification_alert" : Kind;
}
