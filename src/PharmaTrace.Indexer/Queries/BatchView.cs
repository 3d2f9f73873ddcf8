using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A batch: registration, status per country, holders, shipments, tree consistency.</summary>
[Description("A batch as the ledger records it: who registered it, where it is recalled or quarantined, who holds how much, its shipments.")]
public sealed record BatchView(
    [property: Description("keccak256(abi.encode(uint64 gtin, string lot)).")] string BatchId,
    [property: Description("GTIN-14.")] string Gtin,
    [property: Description("Batch or lot number, GS1 AI (10).")] string Lot,
    [property: Description("Expiry, YYYY-MM-DD (day 00 = end of month, GS1 AI (17)).")] string Expiry,
    [property: Description("Packs in the batch.")] long PackCount,
    [property: Description("The Merkle root of the packs' serial hashes (docs/merkle.md).")] string MerkleRoot,
    [property: Description("The manufacturer.")] PartyView Manufacturer,
    [property: Description("The manufacturer's country.")] string Country,
    [property: Description("Registration time (block time).")] DateTimeOffset RegisteredAt,
    [property: Description("The registration's ledger proof.")] LedgerProof Proof,
    [property: Description("Serial hashes published so far.")] long LeavesPublished,
    [property: Description("pending (leaves still being published), consistent, or inconsistent (the leaves do not give the root).")] string Consistency,
    [property: Description("Whether the manufacturer recalled the batch everywhere.")] bool RecalledEverywhere,
    [property: Description("Statuses by country, where any was set.")] IReadOnlyList<CountryStatusView> Statuses,
    [property: Description("Current holders and their quantities.")] IReadOnlyList<HoldingView> Holdings,
    [property: Description("Packs in transit.")] long InTransit,
    [property: Description("Packs seized by customs.")] long Seized,
    [property: Description("Packs decommissioned.")] long Decommissioned,
    [property: Description("How many shipments of the batch were dispatched.")] long ShipmentCount,
    [property: Description("The batch's latest shipments (at most 100), oldest first; the provenance lists every one.")] IReadOnlyList<ShipmentView> Shipments);
