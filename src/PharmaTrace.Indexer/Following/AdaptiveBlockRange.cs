namespace PharmaTrace.Indexer.Following;

/// <summary>
/// The block range of the next <c>eth_getLogs</c>: halved when the node refuses (providers cap ranges
/// and result sizes with an error), doubled after each success, never above the configured maximum.
/// </summary>
public sealed class AdaptiveBlockRange
{
    private readonly ulong _max;

    public AdaptiveBlockRange(ulong initial, ulong max)
    {
        ArgumentOutOfRangeException.ThrowIfZero(max);
        _max = max;
        Current = Math.Clamp(initial, 1, max);
    }

    /// <summary>The number of blocks to ask for next.</summary>
    public ulong Current { get; private set; }

    /// <summary>The number of logs one range should bring at most: big enough to amortise a commit,
    /// small enough that reading the next range overlaps writing this one.</summary>
    public const int TargetLogs = 10_000;

    /// <summary>Grows the range after a successful read.</summary>
    public void Succeeded() => Current = Math.Min(_max, Current * 2);

    /// <summary>
    /// Grows the range after a read of few logs; after one of more than <see cref="TargetLogs"/>, shrinks it in
    /// proportion (a dense chain reaches the target in one step instead of halving for many ranges, each written
    /// without overlap).
    /// </summary>
    public void Succeeded(int logs)
    {
        if (logs > TargetLogs)
        {
            Current = Math.Max(1, (ulong)((double)Current * TargetLogs / logs));
        }
        else if (logs <= TargetLogs / 2)
        {
            Succeeded();
        }
    }

    /// <summary>Halves the range after a refused read; false when it was already one block (nothing left to shrink).</summary>
    public bool Failed()
    {
        if (Current == 1)
        {
            return false;
        }
        Current = Math.Max(1, Current / 2);
        return true;
    }
}
