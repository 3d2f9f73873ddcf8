namespace PharmaTrace.Indexer.Following;

/// <summary>The indexer's state at one moment.</summary>
/// <param name="Running">Whether the follower runs.</param>
/// <param name="Head">The chain head last seen.</param>
/// <param name="Checkpoint">The last block fully projected.</param>
/// <param name="Lag">Head minus checkpoint, in blocks.</param>
/// <param name="EventsProjected">Events projected since start.</param>
/// <param name="EventsPerSecond">Throughput over the last ten seconds.</param>
/// <param name="LastError">The last error, if any.</param>
/// <param name="LastErrorAt">When it happened.</param>
/// <param name="LastSuccessAt">When the last range was committed.</param>
public sealed record IndexerSnapshot(
    bool Running,
    ulong? Head,
    ulong? Checkpoint,
    ulong? Lag,
    long EventsProjected,
    double EventsPerSecond,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    DateTimeOffset? LastSuccessAt)
{
    /// <summary>Whether the checkpoint reached the confirmed head at the last step.</summary>
    public bool CaughtUp { get; init; }
}
