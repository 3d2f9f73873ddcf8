using System.Diagnostics;

namespace PharmaTrace.Verify.Bench;

/// <summary>Latency samples in Stopwatch ticks, and their percentiles in milliseconds.</summary>
internal sealed class Latencies
{
    private readonly List<long> _ticks = [];

    public int Count => _ticks.Count;

    public void Add(long ticks) => _ticks.Add(ticks);

    public void AddRange(Latencies other) => _ticks.AddRange(other._ticks);

    /// <summary>The nearest-rank percentile <paramref name="p"/> (0 to 100), in ms.</summary>
    public double Percentile(double p)
    {
        if (_ticks.Count == 0)
        {
            return double.NaN;
        }

        _ticks.Sort();
        var rank = (int)Math.Ceiling(p / 100 * _ticks.Count) - 1;
        return _ticks[Math.Clamp(rank, 0, _ticks.Count - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
