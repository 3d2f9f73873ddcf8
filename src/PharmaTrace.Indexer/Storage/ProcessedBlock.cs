using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Storage;

/// <summary>A block the indexer processed: its hash and parent hash detect a reorganisation.</summary>
public sealed record ProcessedBlock(ulong Number, Hash32 Hash, Hash32 ParentHash);
