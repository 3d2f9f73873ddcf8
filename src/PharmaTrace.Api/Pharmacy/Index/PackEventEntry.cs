using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>What the ledger last recorded for one pack (a read-model pack_event row).</summary>
/// <param name="Kind">decommissioned, reactivated or alert.</param>
/// <param name="Reason">The decommission reason (for decommissioned and alert).</param>
/// <param name="By">Who acted.</param>
/// <param name="RecordId">The decommission record (0 for an alert).</param>
/// <param name="BlockNumber">The block of the event.</param>
/// <param name="TransactionHash">The transaction of the event.</param>
/// <param name="Timestamp">The block's time.</param>
public sealed record PackEventEntry(
    PackEventKind Kind,
    PharmaLedger.DecommissionReason? Reason,
    Address By,
    ulong RecordId,
    ulong BlockNumber,
    Hash32 TransactionHash,
    DateTimeOffset Timestamp);
