using System.Data.Common;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A <c>pack_event</c> row: a decommission, its undo, or a falsification alert of one pack.</summary>
internal sealed record PackEventRow(long LeafIndex, string? SerialHash, string Kind, string? Reason, string Actor, LedgerProof Proof, DateTimeOffset At)
{
    /// <summary>The rows of a batch, or of one of its packs when <paramref name="leafIndex"/> is given, in chain order.</summary>
    public static async Task<List<PackEventRow>> ReadAsync(DbConnection connection, string batchId, long? leafIndex, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT leaf_index, serial_hash, kind, reason, actor, {QueryRows.ProofColumns} FROM pack_event WHERE batch_id = @b" +
            (leafIndex is null ? "" : " AND leaf_index = @i") + " ORDER BY block_number, log_index", null, ("@b", batchId));
        if (leafIndex is { } index)
        {
            command.AddParameter("@i", index);
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
