using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace PharmaTrace.Api.Bench;

/// <summary>
/// The in-process indexer's lag behind the chain head while a step runs, sampled from
/// <c>/health/ready</c> (the chain check's live head, the indexer check's checkpoint) every 100 ms. Blocks: head minus
/// checkpoint. Seconds: how long ago this sampler first saw the head pass the checkpoint, i.e. how
/// old the oldest block the read model does not have yet is (0 when caught up).
/// </summary>
internal sealed class LagSampler
{
    private readonly List<ulong> _blocks = [];
    private readonly List<double> _seconds = [];

    public static async Task<LagSampler> RunAsync(HttpClient http, Task until)
    {
        var sampler = new LagSampler();
        var clock = Stopwatch.StartNew();
        var firstSeen = new SortedDictionary<ulong, double>();  // head -> when first observed
        while (!until.IsCompleted)
        {
            try
            {
                var report = await http.GetFromJsonAsync<JsonElement>("/health/ready");
                var data = report.GetProperty("checks").GetProperty("indexer").GetProperty("data");
                // The indexer's head is the one it saw at its last poll; the chain check reads the node's
                // head live ("Head block N."): the later of the two is the chain head.
                var head = data.GetProperty("head").GetUInt64();
                var chain = report.GetProperty("checks").GetProperty("chain").GetProperty("description").GetString() ?? "";
                if (chain.StartsWith("Head block ", StringComparison.Ordinal) && ulong.TryParse(chain.AsSpan(11).TrimEnd('.'), out var live))
                {
                    head = Math.Max(head, live);
                }
                var checkpoint = data.GetProperty("checkpoint").GetUInt64();
                var now = clock.Elapsed.TotalSeconds;
                firstSeen.TryAdd(head, now);
                sampler._blocks.Add(head > checkpoint ? head - checkpoint : 0);
                // The first head we saw above the checkpoint: the read model has been missing it since then.
                var missingSince = firstSeen.FirstOrDefault(p => p.Key > checkpoint);
                sampler._seconds.Add(missingSince.Key > checkpoint ? now - missingSince.Value : 0);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // A 503 (not ready) has no indexer data worth counting; keep sampling.
            }
            await Task.WhenAny(until, Task.Delay(100));
        }
        return sampler;
    }

    public int Samples => _blocks.Count;

    /// <summary>Waits until a sample shows the indexer at the chain head (or the timeout passes).</summary>
    public static async Task WaitUntilCaughtUpAsync(HttpClient http, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var probe = await RunAsync(http, Task.Delay(150));
            if (probe.Samples > 0 && probe.BlocksMax == 0)
            {
                return;
            }
        }
    }

    public ulong BlocksP50 => Percentile(_blocks, 0.5);

    public ulong BlocksMax => _blocks.Count == 0 ? 0 : _blocks.Max();

    public double SecondsP50 => Percentile(_seconds, 0.5);

    public double SecondsMax => _seconds.Count == 0 ? double.NaN : _seconds.Max();

    private static T Percentile<T>(List<T> values, double p) where T : IComparable<T>
    {
        if (values.Count == 0)
        {
            return default!;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }
}
