using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Verification;

/// <summary>What anyone needs to check the pack against the ledger: verifyPack((batchId, index, serialHash, proof)) on the contract.</summary>
[Description("The pack's leaf and Merkle proof against the batch root, with the chain and contract to check them on (verifyPack).")]
public sealed record PackProofSummary(
    [property: Description("The batch id.")] string BatchId,
    [property: Description("The pack's leaf index.")] uint Index,
    [property: Description("keccak256 of the serial's UTF-8 bytes.")] string SerialHash,
    [property: Description("The OpenZeppelin standard leaf.")] string Leaf,
    [property: Description("Sibling hashes from the leaf up.")] IReadOnlyList<string> Proof,
    [property: Description("The batch's Merkle root as registered.")] string Root,
    [property: Description("The PharmaLedger contract.")] string? Contract,
    [property: Description("The chain id.")] ulong? ChainId,
    [property: Description("The block the answer reflects.")] ulong Block);
