using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>The chain and contract every event's ledger proof names, and that its event ID is derived from.</summary>
public sealed record EpcisChain(ulong ChainId, Address Contract);
