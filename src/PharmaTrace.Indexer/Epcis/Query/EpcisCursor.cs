namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>Where a page ended: the ordering column's value and seq of its last event, and how many events were delivered.</summary>
public sealed record EpcisCursor(long SortValue, long Seq, int Delivered);
