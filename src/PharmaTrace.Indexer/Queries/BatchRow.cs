using System.Data.Common;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A <c>batch</c> row with its consistency and the number of leaves published.</summary>
internal sealed record BatchRow(
    string BatchId, string Gtin, string Lot, string Expiry, long PackCount, string MerkleRoot, string Manufacturer, string Country,
    LedgerProof Proof, DateTimeOffset At, long LeavesPublished, string Consistency)
{
    public static async Task<BatchRow?> FindAsync(DbConnection connection, string gtin, string lot, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            $"SELECT b.batch_id, b.gtin, b.lot, b.expiry, b.pack_count, b.merkle_root, b.manufacturer, b.country, b.{QueryRows.ProofColumns.Replace(", ", ", b.", StringComparison.Ordinal)}, " +
            "(SELECT COUNT(*) FROM batch_leaf l WHERE l.batch_id = b.batch_id), " +
            "(SELECT c.consistent FROM batch_consistency c WHERE c.batch_id = b.batch_id ORDER BY c.block_number DESC LIMIT 1) " +
            "FROM batch b WHERE b.gtin = @g AND b.lot = @l", null, ("@g", gtin), ("@l", lot));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var (proof, at) = QueryRows.Proof(reader, 8);
        var consistency = reader.IsDBNull(13) ? "pending" : reader.GetInt64(13) == 1 ? "consistent" : "inconsistent";
        return new BatchRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt64(4),
            reader.GetString(5), reader.GetString(6), reader.GetString(7), proof, at, reader.GetInt64(12), consistency);
    }
}
