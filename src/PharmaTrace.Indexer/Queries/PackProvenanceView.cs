using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>One pack's custody chain: its batch's steps and the pack's own decommission events.</summary>
[Description("One pack's custody chain: every step of its batch (registration, shipments, customs, recalls, quarantines) and the pack's own decommissions, undos and falsification alerts; the other packs' events are left out.")]
public sealed record PackProvenanceView(
    [property: Description("The serial number, GS1 AI (21).")] string Serial,
    [property: Description("keccak256 of the serial's UTF-8 bytes, as the ledger publishes it.")] string SerialHash,
    [property: Description("The pack's index in its batch's Merkle tree (its bit in the ledger's bitmap).")] long PackIndex,
    [property: Description("active, or the reason of the decommission in force (dispensed, destroyed, stolen, sample, free_sample, exported, locked...).")] string Status,
    [property: Description("The batch's provenance, narrowed to this pack.")] ProvenanceView Provenance);
