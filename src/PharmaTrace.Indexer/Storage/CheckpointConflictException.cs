namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// The checkpoint was not where this indexer left it: another writer moved it. The range's rows are
/// rolled back with the transaction, never written twice.
/// </summary>
public sealed class CheckpointConflictException : Exception
{
    /// <summary>Names the expected checkpoint.</summary>
    public CheckpointConflictException(Checkpoint expected)
        : base($"The read model's checkpoint is no longer at block {expected.BlockNumber} ({expected.BlockHash}): another indexer writes to this database.")
    {
        ArgumentNullException.ThrowIfNull(expected);
        Expected = expected;
    }

    /// <summary>Where this indexer expected it.</summary>
    public Checkpoint Expected { get; }
}
