using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>What a reader may look up in the <see cref="PackIndex"/> while it holds the reader lock.</summary>
public readonly struct PackIndexView
{
    private readonly PackIndex _index;

    internal PackIndexView(PackIndex index) => _index = index;

    /// <summary>The last block whose rows are all in the index.</summary>
    public ulong AsOfBlock => _index.AsOfBlock;

    /// <summary>The chain the rows come from.</summary>
    public ulong? ChainId => _index.ChainId;

    /// <summary>The contract the rows come from.</summary>
    public Address? Contract => _index.Contract;

    /// <summary>True when some batch of this GTIN is registered.</summary>
    public bool HasProduct(ulong gtin) => _index.HasProduct(gtin);

    /// <summary>The batch and leaf index of a serial of a GTIN, or null; <paramref name="lot"/> (when scanned)
    /// picks the batch when several lots registered the same serial.</summary>
    public (IndexedBatch Batch, uint Index)? FindSerial(ulong gtin, Hash32 serialHash, string? lot) => _index.FindSerial(gtin, serialHash, lot);

    /// <summary>A batch by id.</summary>
    public IndexedBatch? FindBatch(Hash32 batchId) => _index.FindBatch(batchId);

    /// <summary>A batch by GTIN and lot.</summary>
    public IndexedBatch? FindBatch(ulong gtin, string lot) => _index.FindBatch(gtin, lot);

    /// <summary>A participant, or null when unknown.</summary>
    public ParticipantEntry? FindParticipant(Address address) => _index.FindParticipant(address);
}
