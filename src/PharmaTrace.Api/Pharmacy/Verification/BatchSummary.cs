using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>The batch a pack belongs to.</summary>
[Description("The registered batch: GTIN, lot, expiry, pack count, manufacturer and the registering transaction.")]
public sealed record BatchSummary(
    [property: Description("keccak256(abi.encode(uint64 gtin, string lot)).")] string BatchId,
    [property: Description("GTIN-14.")] string Gtin,
    [property: Description("The lot.")] string Lot,
    [property: Description("YYYY-MM-DD (day 00: the month's last day).")] string Expiry,
    [property: Description("Packs registered.")] uint PackCount,
    [property: Description("Leaves published so far.")] int PublishedLeaves,
    [property: Description("The manufacturer's address.")] string Manufacturer,
    [property: Description("The manufacturer's name, when known.")] string? ManufacturerName,
    [property: Description("The manufacturer's country.")] string Country,
    [property: Description("The block of registration.")] ulong RegisteredBlock,
    [property: Description("The registration transaction.")] string RegisteredTransaction);
