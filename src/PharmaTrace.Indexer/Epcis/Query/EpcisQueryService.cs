using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>Runs EPCIS queries on the read model: keyset pages in chain or time order, and single events by ID.</summary>
public sealed class EpcisQueryService(ReadModelDatabase database, EpcisPageToken pageToken)
{
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
        var rows = new List<(long Seq, long Sort, JsonObject Event)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), (JsonObject)JsonNode.Parse(reader.GetString(2))!));
            }
        }

        string? next = null;
        if (rows.Count > size)
        {
            rows.RemoveAt(size);
            var last = rows[^1];
            if (size < remaining)
            {
                next = pageToken.Encode(new EpcisCursor(last.Sort, last.Seq, delivered + size), fingerprint);
            }
        }

        return new EpcisPage([.. rows.Select(r => r.Event)], next);
    }

    /// <summary>The event with this <c>eventID</c>, or null.</summary>
    public async Task<JsonObject?> GetAsync(string eventId, CancellationToken cancellationToken)
    {
        if (!EpcisEventId.TrySeq(eventId, out var seq))
        {
            return null;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT d.document FROM {EpcisSchema.Events} e JOIN {EpcisSchema.Documents} d ON d.seq = e.seq WHERE e.seq = @s AND e.event_id = @id", null, ("@s", seq), ("@id", eventId));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? (JsonObject)JsonNode.Parse(json)! : null;
    }
}
