using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>A registered batch (a read-model batch row); <paramref name="Expiry"/> as the ledger has it, YYYY-MM-DD with day 00 allowed (GS1 AI 17).</summary>
public sealed record BatchRegistration(
    Hash32 BatchId,
    ulong Gtin,
    string Lot,
    string Expiry,
    uint PackCount,
    Hash32 Root,
    Address Manufacturer,
    string Country,
    ulong BlockNumber,
    Hash32 TransactionHash);
