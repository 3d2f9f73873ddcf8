using System.Data.Common;
using System.Globalization;
using PharmaTrace.Api.Pharmacy.Decommissioning;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>
/// Reads the indexer's domain tables (src/PharmaTrace.Indexer/Projection/Domain/DomainSchema.cs) for a block
/// range and applies them to the <see cref="PackIndex"/>, in an order where every row finds what it refers
/// to: participants, batches, leaves, consistency, statuses, custody, pack events.
/// </summary>
public static class ReadModelPackReader
{
    /// <summary>Reads the rows of blocks (<paramref name="after"/>, <paramref name="upTo"/>] as <paramref name="changes"/> to apply under the writer lock.</summary>
    public static async Task ApplyRangeAsync(DbConnection connection, DbTransaction transaction, ulong after, ulong upTo, List<Action<PackIndexWriter>> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        const string Range = "block_number > @after AND block_number <= @upTo";
        await ReadAsync(connection, transaction, $"SELECT address, country, role, name, gln FROM participant WHERE {Range} ORDER BY block_number, log_index", after, upTo, r =>
        {
            var p = new ParticipantEntry(Address.Parse(r.GetString(0)), r.GetString(1), ParseRole(r.GetString(2)), r.GetString(3), ulong.Parse(r.GetString(4), CultureInfo.InvariantCulture));
            changes.Add(w => w.AddParticipant(p));
        }, cancellationToken);
        await ReadAsync(connection, transaction, $"SELECT batch_id, gtin, lot, expiry, pack_count, merkle_root, manufacturer, country, block_number, tx_hash FROM batch WHERE {Range} ORDER BY block_number, log_index", after, upTo, r =>
        {
            var b = new BatchRegistration(Hash32.Parse(r.GetString(0)), ulong.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.GetString(3),
                checked((uint)r.GetInt64(4)), Hash32.Parse(r.GetString(5)), Address.Parse(r.GetString(6)), r.IsDBNull(7) ? string.Empty : r.GetString(7),
                (ulong)r.GetInt64(8), Hash32.Parse(r.GetString(9)));
            changes.Add(w => w.AddBatch(b));
        }, cancellationToken);
        await ReadLeavesAsync(connection, transaction, after, upTo, changes, cancellationToken);
        await ReadAsync(connection, transaction, $"SELECT batch_id, consistent FROM batch_consistency WHERE {Range} ORDER BY block_number, log_index", after, upTo, r =>
        {
            var id = Hash32.Parse(r.GetString(0));
            var consistent = r.GetInt64(1) != 0;
            changes.Add(w => w.MarkConsistency(id, consistent));
        }, cancellationToken);
        await ReadAsync(connection, transaction, $"SELECT batch_id, country, kind, actor, reason, block_number, tx_hash FROM batch_status WHERE {Range} ORDER BY block_number, log_index", after, upTo, r =>
        {
            var id = Hash32.Parse(r.GetString(0));
            var kind = Enum.Parse<BatchStatusKind>(r.GetString(2), ignoreCase: true);
            var entry = new BatchStatusEntry(r.IsDBNull(1) ? string.Empty : r.GetString(1), Address.Parse(r.GetString(3)), r.GetString(4), (ulong)r.GetInt64(5), Hash32.Parse(r.GetString(6)));
            changes.Add(w => w.ApplyStatus(id, kind, entry));
        }, cancellationToken);
        await ReadAsync(connection, transaction, $"SELECT batch_id, holder, delta FROM custody_movement WHERE {Range} ORDER BY block_number, log_index", after, upTo, r =>
        {
            // Pseudo-holders (in_transit, seized, decommissioned) are not parties: they hold nothing to show.
            if (!r.GetString(1).StartsWith("0x", StringComparison.Ordinal))
            {
                return;
            }

            var id = Hash32.Parse(r.GetString(0));
            var holder = Address.Parse(r.GetString(1));
            var delta = r.GetInt64(2);
            changes.Add(w => w.ApplyCustody(id, holder, delta));
        }, cancellationToken);
        await ReadAsync(connection, transaction, $"SELECT batch_id, leaf_index, kind, reason, actor, record_id, block_number, tx_hash, timestamp FROM pack_event WHERE {Range} ORDER BY block_number, log_index", after, upTo, r =>
        {
            var id = Hash32.Parse(r.GetString(0));
            var index = checked((uint)r.GetInt64(1));
            var entry = new PackEventEntry(Enum.Parse<PackEventKind>(r.GetString(2), ignoreCase: true), r.IsDBNull(3) ? null : DecommissionReasons.Parse(r.GetString(3)),
                Address.Parse(r.GetString(4)), r.IsDBNull(5) ? 0 : ulong.Parse(r.GetString(5), CultureInfo.InvariantCulture), (ulong)r.GetInt64(6),
                Hash32.Parse(r.GetString(7)), DateTimeOffset.FromUnixTimeSeconds(r.GetInt64(8)));
            changes.Add(w => w.ApplyPackEvent(id, index, entry));
        }, cancellationToken);
    }

    private static PharmaLedger.Role ParseRole(string text) => Enum.Parse<PharmaLedger.Role>(text, ignoreCase: true);

    // Leaves come in index order per event; consecutive rows of one batch become one chunk, so a
    // 100,000-pack batch is one list, not 100,000 closures.
    private static async Task ReadLeavesAsync(DbConnection connection, DbTransaction transaction, ulong after, ulong upTo, List<Action<PackIndexWriter>> changes, CancellationToken cancellationToken)
    {
        Hash32? current = null;
        uint first = 0;
        List<Hash32> chunk = [];
        void Flush()
        {
            if (current is { } id && chunk.Count > 0)
            {
                var leaves = chunk;
                var start = first;
                changes.Add(w => w.AddLeaves(id, start, leaves));
            }
        }

        await ReadAsync(connection, transaction, "SELECT batch_id, leaf_index, serial_hash FROM batch_leaf WHERE block_number > @after AND block_number <= @upTo ORDER BY block_number, log_index, leaf_index", after, upTo, r =>
        {
            var id = Hash32.Parse(r.GetString(0));
            var index = checked((uint)r.GetInt64(1));
            if (current != id || first + chunk.Count != index)
            {
                Flush();
                current = id;
                first = index;
                chunk = [];
            }

            chunk.Add(Hash32.Parse(r.GetString(2)));
        }, cancellationToken);
        Flush();
    }

    private static async Task ReadAsync(DbConnection connection, DbTransaction transaction, string sql, ulong after, ulong upTo, Action<DbDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(sql, transaction, ("@after", checked((long)after)), ("@upTo", checked((long)upTo)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader);
        }
    }
}
