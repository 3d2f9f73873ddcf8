using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Storage;

/// <summary>The last block whose events are all in the read model, and its hash (which fork it is on).</summary>
public sealed record Checkpoint(ulong BlockNumber, Hash32 BlockHash);
