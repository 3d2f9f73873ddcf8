using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Projection;

/// <summary>Where a contract event sits on the chain: what every projected row records to prove itself and to be rolled back.</summary>
public sealed record LedgerEventContext(
    ulong BlockNumber,
    Hash32 BlockHash,
    DateTimeOffset BlockTimestamp,
    Hash32 TransactionHash,
    int TransactionIndex,
    int LogIndex);

/// <summary>One decoded contract event (a generated <c>PharmaLedger.*Event</c> record) with its place on the chain.</summary>
public sealed record LedgerEvent(LedgerEventContext Context, object Event);
