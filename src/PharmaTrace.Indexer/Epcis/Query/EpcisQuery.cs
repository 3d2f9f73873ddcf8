namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>
/// A parsed SimpleEventQuery (EPCIS 2.0 §8.2.7.1) as served by <c>GET /epcis/events</c>. Identifiers are in stored
/// (Digital Link) form, CBV values as bare words, times as Unix milliseconds. Empty lists mean "no filter".
/// </summary>
public sealed record EpcisQuery
{
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    public long? GeEventTime { get; init; }
    public long? LtEventTime { get; init; }
    public long? GeRecordTime { get; init; }
    public long? LtRecordTime { get; init; }
    public IReadOnlyList<string> Actions { get; init; } = [];
    public IReadOnlyList<string> BizSteps { get; init; } = [];
    public IReadOnlyList<string> Dispositions { get; init; } = [];
    public IReadOnlyList<string> BizLocations { get; init; } = [];
    public IReadOnlyList<string> ReadPoints { get; init; } = [];
    public IReadOnlyList<string> MatchEpc { get; init; } = [];
    public IReadOnlyList<string> MatchAnyEpc { get; init; } = [];
    public IReadOnlyList<string> MatchEpcClass { get; init; } = [];
    public IReadOnlyList<string> SourceOwningParties { get; init; } = [];
    public IReadOnlyList<string> DestinationOwningParties { get; init; } = [];
    public IReadOnlyList<string> EventIds { get; init; } = [];

    /// <summary>Our extension <c>EQ_pt:countries</c>: events concerning one of these countries.</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary><c>eventTime</c>, <c>recordTime</c>, or null for chain order (ascending).</summary>
    public string? OrderBy { get; init; }
    public bool Descending { get; init; } = true;
    public int? EventCountLimit { get; init; }
    public int PerPage { get; init; } = EpcisQueryParser.DefaultPerPage;
    public string? NextPageToken { get; init; }

    /// <summary>Everything that selects and orders events, so a page token cannot be replayed against another query.</summary>
    public string Fingerprint() => string.Join('\u001f',
        string.Join('|', EventTypes), GeEventTime, LtEventTime, GeRecordTime, LtRecordTime, string.Join('|', Actions),
        string.Join('|', BizSteps), string.Join('|', Dispositions), string.Join('|', BizLocations), string.Join('|', ReadPoints),
        string.Join('|', MatchEpc), string.Join('|', MatchAnyEpc), string.Join('|', MatchEpcClass),
        string.Join('|', SourceOwningParties), string.Join('|', DestinationOwningParties), string.Join('|', EventIds),
        string.Join('|', Countries), OrderBy, Descending, EventCountLimit);
}
