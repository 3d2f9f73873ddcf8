using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>A batch's whole custody chain across borders, with what is needed to check it on any node.</summary>
[Description("A batch's whole custody chain across borders in chain order; every step carries its transaction, block and log on the named chain and contract.")]
public sealed record ProvenanceView(
    [property: Description("EIP-155 chain id of the ledger.")] long ChainId,
    [property: Description("The PharmaLedger contract address.")] string Contract,
    [property: Description("keccak256(abi.encode(uint64 gtin, string lot)).")] string BatchId,
    [property: Description("GTIN-14.")] string Gtin,
    [property: Description("Lot, GS1 AI (10).")] string Lot,
    [property: Description("Expiry, YYYY-MM-DD.")] string Expiry,
    [property: Description("The manufacturer.")] PartyView Manufacturer,
    [property: Description("pending, consistent or inconsistent: whether the published leaves give the registered Merkle root.")] string Consistency,
    [property: Description("The steps of this page, in chain order.")] IReadOnlyList<ProvenanceStep> Steps,
    [property: Description("Where the next page starts (give it as nextPageToken; also in the Link rel=\"next\" header), or null on the last page.")] string? NextPageToken);
