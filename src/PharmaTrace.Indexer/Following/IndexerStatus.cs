namespace PharmaTrace.Indexer.Following;

/// <summary>What the indexer is doing, for <c>/health/ready</c> and operators: one snapshot, updated atomically.</summary>
public sealed class IndexerStatus
{
    private readonly Lock _lock = new();
    private readonly Queue<(DateTimeOffset At, long Events)> _samples = new();
    private IndexerSnapshot _snapshot = new(false, null, null, null, 0, 0, null, null, null);

    /// <summary>The latest snapshot.</summary>
    public IndexerSnapshot Current
    {
        get
        {
            lock (_lock)
            {
                return _snapshot;
            }
        }
    }

    internal void Started()
    {
        lock (_lock)
        {
            _snapshot = _snapshot with { Running = true };
        }
    }

    internal void Stopped()
    {
        lock (_lock)
        {
            _snapshot = _snapshot with { Running = false };
        }
    }

    internal void Progressed(ulong head, ulong checkpoint, ulong target, long events, DateTimeOffset stepStarted, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_samples.Count == 0)
            {
                _samples.Enqueue((stepStarted, _snapshot.EventsProjected));
            }
            var total = _snapshot.EventsProjected + events;
            _samples.Enqueue((now, total));
            // Throughput over the last ten seconds: a rate that follows the load, not the lifetime average.
            while (_samples.Count > 1 && now - _samples.Peek().At > TimeSpan.FromSeconds(10))
            {
                _samples.Dequeue();
            }
            var (firstAt, firstEvents) = _samples.Peek();
            var seconds = (now - firstAt).TotalSeconds;
            var rate = seconds > 0 ? (total - firstEvents) / seconds : _snapshot.EventsPerSecond;
            _snapshot = _snapshot with
            {
                Head = head,
                Checkpoint = checkpoint,
                Lag = head > checkpoint ? head - checkpoint : 0,
                CaughtUp = checkpoint >= target,
                EventsProjected = total,
                EventsPerSecond = rate,
                LastSuccessAt = now,
            };
        }
    }

    internal void Failed(Exception error, DateTimeOffset now)
    {
        lock (_lock)
        {
            _snapshot = _snapshot with { LastError = $"{error.GetType().Name}: {error.Message}", LastErrorAt = now };
        }
    }
}
