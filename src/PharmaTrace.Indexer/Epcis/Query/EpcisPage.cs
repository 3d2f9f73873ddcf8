using System.Text.Json.Nodes;

namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>One page of events (stored, Digital Link form) and the token of the next page, null on the last.</summary>
public sealed record EpcisPage(IReadOnlyList<JsonObject> Events, string? NextPageToken);
