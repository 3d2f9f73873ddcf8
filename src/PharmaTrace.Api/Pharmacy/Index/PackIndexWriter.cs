using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>The changes the read-model feed applies to the <see cref="PackIndex"/>, under its writer lock.</summary>
public readonly struct PackIndexWriter
{
    private readonly PackIndex _index;

    internal PackIndexWriter(PackIndex index) => _index = index;

    /// <summary>Adds a registered batch (a second registration of the same id is ignored).</summary>
    public void AddBatch(BatchRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        _index.AddBatch(registration);
    }

    /// <summary>Adds leaves published from <paramref name="firstIndex"/>; false when the batch is unknown or the chunk leaves a gap.</summary>
    public bool AddLeaves(Hash32 batchId, uint firstIndex, IReadOnlyList<Hash32> serialHashes) =>
        _index.AddLeaves(batchId, firstIndex, serialHashes);

    /// <summary>Adds or updates a participant.</summary>
    public void AddParticipant(ParticipantEntry participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        _index.AddParticipant(participant);
    }

    /// <summary>Marks a batch whose leaves do not give its root (the indexer's batch_consistency).</summary>
    public void MarkConsistency(Hash32 batchId, bool consistent)
    {
        if (_index.FindBatch(batchId) is { } batch)
        {
            batch.Consistent = batch.Consistent && consistent;
        }
    }

    /// <summary>
    /// A recall, quarantine or quarantine release. A recall whose country is not a country code
    /// (the contract's 0x0000) is the manufacturer's recall everywhere.
    /// </summary>
    public void ApplyStatus(Hash32 batchId, BatchStatusKind kind, BatchStatusEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_index.FindBatch(batchId) is not { } batch)
        {
            return;
        }

        switch (kind)
        {
            case BatchStatusKind.Recalled when !CountryCodes.IsCountry(entry.Country):
                batch.RecalledEverywhere = entry;
                break;
            case BatchStatusKind.Recalled:
                batch.RecalledIn[entry.Country] = entry;
                batch.QuarantinedIn.Remove(entry.Country);
                break;
            case BatchStatusKind.Quarantined:
                batch.QuarantinedIn[entry.Country] = entry;
                break;
            case BatchStatusKind.Released:
                batch.QuarantinedIn.Remove(entry.Country);
                break;
        }
    }

    /// <summary>A custody movement: <paramref name="delta"/> units to or from <paramref name="holder"/>.</summary>
    public void ApplyCustody(Hash32 batchId, Address holder, long delta)
    {
        if (_index.FindBatch(batchId) is not { } batch)
        {
            return;
        }

        var held = batch.Holdings.GetValueOrDefault(holder) + delta;
        if (held == 0)
        {
            batch.Holdings.Remove(holder);
        }
        else
        {
            batch.Holdings[holder] = held;
        }

        if (delta > 0 && _index.FindParticipant(holder) is { } participant && !batch.CountriesCrossed.Contains(participant.Country))
        {
            batch.CountriesCrossed.Add(participant.Country);
        }
    }

    /// <summary>A pack event: the pack's state is its last event.</summary>
    public void ApplyPackEvent(Hash32 batchId, uint index, PackEventEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_index.FindBatch(batchId) is not { } batch)
        {
            return;
        }

        // A FalsificationAlertRaised leaves the pack as its decommissioning left it: it is not a state.
        if (entry.Kind == PackEventKind.Alert)
        {
            return;
        }

        batch.PackEvents[index] = entry;
    }

    /// <summary>Records that every row up to <paramref name="block"/> is applied.</summary>
    public void MoveTo(ulong block) => _index.MoveTo(block);

    /// <summary>Records the chain and contract the rows come from, for the proofs.</summary>
    public void SetLedger(ulong chainId, Address contract) => _index.SetLedger(chainId, contract);

    /// <summary>Forgets everything (before a full reload, e.g. after a chain reorganisation).</summary>
    public void Clear() => _index.Clear();
}
