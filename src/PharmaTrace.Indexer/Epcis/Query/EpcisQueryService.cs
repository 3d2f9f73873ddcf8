using System.Data.Common;
using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>Runs EPCIS queries on the read model: keyset pages in chain or time order, and single events by ID.</summary>
public sealed class EpcisQueryService(ReadModelDatabase database, EpcisPageToken pageToken)
{
    private EpcisChain? _chain;

    public async Task<EpcisPage> QueryAsync(EpcisQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fingerprint = query.Fingerprint();
        var cursor = query.NextPageToken is { } token ? pageToken.Decode(token, fingerprint) : null;
        var delivered = cursor?.Delivered ?? 0;
        var remaining = query.EventCountLimit is { } limit ? limit - delivered : int.MaxValue;
        var size = Math.Min(query.PerPage, remaining);
        if (size <= 0)
        {
            return new EpcisPage([], null);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        EpcisSqlBuilder.Build(command, query, cursor, size + 1);
        var rows = new List<(long Sort, string Stored, EpcisEventColumns Columns)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), EpcisSchema.ReadColumns(reader, 2)));
            }
        }

        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            var last = rows[^1];
            if (size < remaining)
            {
                next = pageToken.Encode(new EpcisCursor(last.Sort, EpcisSchema.Seq(last.Columns.BlockNumber, last.Columns.LogIndex), delivered + size), fingerprint);
            }
        }

        if (rows.Count == 0)
        {
            return new EpcisPage([], next);
        }

        var chain = await ChainAsync(connection, cancellationToken);
        return new EpcisPage([.. rows.Select(r => EpcisEventRenderer.Render(r.Columns, chain, Parse(r.Stored)))], next);
    }

    /// <summary>The event with this <c>eventID</c>, or null.</summary>
    public async Task<JsonObject?> GetAsync(string eventId, CancellationToken cancellationToken)
    {
        if (!EpcisEventId.TrySeq(eventId, out var seq))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            $"SELECT d.document, {EpcisSchema.EventColumns("e")} FROM {EpcisSchema.Events} e JOIN {EpcisSchema.Documents} d ON d.seq = e.seq WHERE e.seq = @s AND e.event_id = @id",
            null, ("@s", seq), ("@id", eventId));
        string stored;
        EpcisEventColumns columns;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            (stored, columns) = (reader.GetString(0), EpcisSchema.ReadColumns(reader, 1));
        }

        return EpcisEventRenderer.Render(columns, await ChainAsync(connection, cancellationToken), Parse(stored));
    }

    // The chain and contract the read model indexes (indexer_meta, written before its first event): the same for
    // every event, read once.
    private async Task<EpcisChain> ChainAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (_chain is { } chain)
        {
            return chain;
        }

        await using var command = connection.Command("SELECT chain_id, contract FROM indexer_meta WHERE id = 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The read model holds events but no chain identity (indexer_meta).");
        }

        return _chain = new EpcisChain(checked((ulong)reader.GetInt64(0)), Address.Parse(reader.GetString(1)));
    }

    private static JsonObject Parse(string stored) => (JsonObject)JsonNode.Parse(stored)!;
}
