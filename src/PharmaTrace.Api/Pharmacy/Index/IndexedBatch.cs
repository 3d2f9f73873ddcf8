using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>
/// One batch as the pack index holds it: its registration, its leaves until they are complete, then its
/// tree; its recalls and quarantines per country, its holders, the countries it crossed and the last
/// event of each pack that had one. Mutated only under the index's write lock.
/// </summary>
public sealed class IndexedBatch(BatchRegistration registration)
{
    private List<Hash32>? _pendingLeaves = [];

    /// <summary>The registration.</summary>
    public BatchRegistration Registration { get; } = registration;

    /// <summary>The tree, once every leaf is published; null before.</summary>
    public PackMerkleTree? Tree { get; private set; }

    /// <summary>False when the published leaves do not give the registered root (the indexer's consistency check or ours).</summary>
    public bool Consistent { get; set; } = true;

    /// <summary>The number of leaves published so far.</summary>
    public int PublishedLeaves => Tree?.Count ?? _pendingLeaves!.Count;

    /// <summary>A manufacturer's recall, in force everywhere.</summary>
    public BatchStatusEntry? RecalledEverywhere { get; set; }

    /// <summary>Recalls by a country's regulator, per country.</summary>
    public Dictionary<string, BatchStatusEntry> RecalledIn { get; } = new(StringComparer.Ordinal);

    /// <summary>Quarantines in force, per country.</summary>
    public Dictionary<string, BatchStatusEntry> QuarantinedIn { get; } = new(StringComparer.Ordinal);

    /// <summary>Quantities held, per participant (SUM of custody movements).</summary>
    public Dictionary<Address, long> Holdings { get; } = [];

    /// <summary>Every country of every party that ever held the batch, in the order first reached.</summary>
    public List<string> CountriesCrossed { get; } = [];

    /// <summary>The last event of each pack that had one, by leaf index.</summary>
    public Dictionary<uint, PackEventEntry> PackEvents { get; } = [];

    /// <summary>Appends leaves published from <paramref name="firstIndex"/>; builds the tree when the last arrives.
    /// Returns false when the chunk does not continue the published leaves (a gap the caller must reload over).</summary>
    public bool AppendLeaves(uint firstIndex, IReadOnlyList<Hash32> serialHashes)
    {
        ArgumentNullException.ThrowIfNull(serialHashes);
        if (_pendingLeaves is null || firstIndex != _pendingLeaves.Count)
        {
            return false;
        }

        _pendingLeaves.AddRange(serialHashes);
        if (_pendingLeaves.Count >= Registration.PackCount)
        {
            Tree = PackMerkleTree.Build(_pendingLeaves);
            Consistent = Consistent && Tree.Root == Registration.Root && _pendingLeaves.Count == Registration.PackCount;
            _pendingLeaves = null;
        }

        return true;
    }
}
