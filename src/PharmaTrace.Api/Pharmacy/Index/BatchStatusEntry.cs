using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>A recall or quarantine in force in one country (or everywhere, for a manufacturer's recall).</summary>
public sealed record BatchStatusEntry(string Country, Address By, string Reason, ulong BlockNumber, Hash32 TransactionHash);
