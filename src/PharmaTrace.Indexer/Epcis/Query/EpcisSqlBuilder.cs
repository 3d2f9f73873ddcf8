using System.Data.Common;
using System.Text;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Epcis.Storage;

namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>
/// The SQL of one page: every filter a parameterised predicate, most served by an index ending in seq (see
/// <see cref="EpcisSchema"/> for those that are not), identifier matches as semi-joins on <c>epcis_epc</c>, and a
/// keyset condition after the cursor. Same SQL on both databases.
/// </summary>
internal sealed class EpcisSqlBuilder(DbCommand command)
{
    private readonly StringBuilder _where = new();
    private int _next;

    public static void Build(DbCommand command, EpcisQuery query, EpcisCursor? cursor, int limit)
    {
        var sql = new EpcisSqlBuilder(command);
        if (query.EventTypes.Count > 0 && !query.EventTypes.Contains(EpcisNames.ObjectEvent))
        {
            // Every stored event is an ObjectEvent.
            sql.And("1 = 0");
        }

        // recordTime and readPoint are always eventTime and bizLocation: the block's time, the acting party's GLN.
        sql.Range("e.event_time", query.GeEventTime, query.LtEventTime);
        sql.Range("e.event_time", query.GeRecordTime, query.LtRecordTime);
        sql.Codes("e.action", query.Actions, EpcisSchema.ActionCodes);
        sql.Codes("e.biz_step", query.BizSteps, EpcisSchema.BizStepCodes);
        sql.Codes("e.disposition", query.Dispositions, EpcisSchema.DispositionCodes);
        sql.Glns("e.biz_location", query.BizLocations);
        sql.Glns("e.biz_location", query.ReadPoints);
        sql.Glns("e.source_owning_party", query.SourceOwningParties);
        sql.Glns("e.destination_owning_party", query.DestinationOwningParties);
        sql.EventIds(query.EventIds);
        sql.Epcs(EpcisEpcKind.Epc, query.MatchEpc);
        sql.Epcs(EpcisEpcKind.Epc, query.MatchAnyEpc);
        sql.Epcs(EpcisEpcKind.Class, query.MatchEpcClass);
        if (query.Countries.Count > 0)
        {
            // A country holds a large share of all events, so the page is found by walking the other filters'
            // index (or seq) in order and checking the row's countries.
            var patterns = query.Countries.Append(EpcisCountries.Everywhere).Distinct(StringComparer.Ordinal)
                .Select(c => $"e.countries LIKE {sql.Value(EpcisSchema.CountryPattern(c))}");
            sql.And($"({string.Join(" OR ", patterns)})");
        }

        // Without orderBy the order is the chain's. Block times never decrease along the chain, so a time
        // range without orderBy is read in (time, seq) order: the same order, straight off the time index.
        var sort = (query.OrderBy, query.GeEventTime ?? query.LtEventTime, query.GeRecordTime ?? query.LtRecordTime) switch
        {
            ("eventTime" or "recordTime", _, _) or (null, not null, _) or (null, null, not null) => "e.event_time",
            _ => "e.seq",
        };
        var descending = query.OrderBy is not null && query.Descending;
        var direction = descending ? "DESC" : "ASC";
        if (cursor is not null)
        {
            var op = descending ? "<" : ">";
            sql.And(sort == "e.seq"
                ? $"e.seq {op} {sql.Value(cursor.Seq)}"
                : $"({sort} {op} {sql.Value(cursor.SortValue)} OR ({sort} = {sql.Value(cursor.SortValue)} AND e.seq {op} {sql.Value(cursor.Seq)}))");
        }

        var order = sort == "e.seq" ? $"e.seq {direction}" : $"{sort} {direction}, e.seq {direction}";
        // The page's rows first, then their documents: only the page's documents are read. The columns: the sort value, the
        // stored document, then the event's columns (EpcisSchema.ReadColumns).
        var pageOrder = sort == "e.seq" ? $"p.seq {direction}" : $"p.sort_value {direction}, p.seq {direction}";
        command.CommandText = $"SELECT p.sort_value, d.document, {EpcisSchema.EventColumns("p")} FROM (SELECT {sort} AS sort_value, {EpcisSchema.EventColumns("e")} FROM {EpcisSchema.Events} e{sql._where} " +
            $"ORDER BY {order} LIMIT {sql.Value((long)limit)}) p JOIN {EpcisSchema.Documents} d ON d.seq = p.seq ORDER BY {pageOrder}";
    }

    // An event ID names its row's seq (EpcisEventId): the seq finds the row, the ID checks it is this chain's.
    private void EventIds(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var seqs = ids.Select(id => EpcisEventId.TrySeq(id, out var seq) ? seq : (long?)null).OfType<long>().Distinct().ToList();
        if (seqs.Count == 0)
        {
            And("1 = 0");
            return;
        }

        And($"e.seq IN ({string.Join(", ", seqs.Select(s => Value(s)))})");
        In("e.event_id", ids);
    }

    private void In(string column, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            And($"{column} IN ({List(values)})");
        }
    }

    // An action, step or disposition column holds its word's code (EpcisSchema); a word without one matches nothing.
    private void Codes(string column, IReadOnlyList<string> words, EpcisWordCodes vocabulary) =>
        Keys(column, words, word => vocabulary.TryCode(word, out var code) ? code : null);

    // A location or party column holds a GLN (EpcisSchema.GlnKey); an identifier that is no plain GLN matches nothing.
    private void Glns(string column, IReadOnlyList<string> values) => Keys(column, values, EpcisSchema.GlnKey);

    private void Keys(string column, IReadOnlyList<string> values, Func<string, long?> key)
    {
        if (values.Count == 0)
        {
            return;
        }

        var keys = values.Select(key).OfType<long>().Distinct().ToList();
        And(keys.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", keys.Select(k => Value(k)))})");
    }

    private void Range(string column, long? from, long? to)
    {
        if (from is { } ge)
        {
            And($"{column} >= {Value(ge)}");
        }

        if (to is { } lt)
        {
            And($"{column} < {Value(lt)}");
        }
    }

    private void Epcs(string kind, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            And($"e.seq IN (SELECT x.seq FROM {EpcisSchema.Epcs} x WHERE x.kind = {Value(kind)} AND x.epc IN ({List(values)}))");
        }
    }

    private void And(string predicate) => _where.Append(_where.Length == 0 ? " WHERE " : " AND ").Append(predicate);

    private string List(IEnumerable<string> values) => string.Join(", ", values.Distinct(StringComparer.Ordinal).Select(v => Value(v)));

    private string Value(object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = $"@p{_next++}";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
