using System.Diagnostics;
using System.Net.Http.Json;

namespace PharmaTrace.Verify.Bench;

/// <summary>
/// Closed-loop load on POST /api/v1/packs/verify: <c>concurrency</c> workers each send a request, wait for
/// the answer, and send the next, for a fixed time after a warm-up; random packs across every batch,
/// spread over the demo participants' API keys. Every answer must be 200 with the pack active.
/// </summary>
internal static class VerifyLoad
{
    public static async Task<(double PerSecond, double P50, double P99, long Errors)> RunAsync(
        ApiProcess api, BenchState state, int concurrency, TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        var clients = api.Credentials.Select(c => Clients.For(api, c, concurrency)).ToArray();
        try
        {
            var measuring = false;
            var stop = false;
            var errors = 0L;
            var perWorker = new Latencies[concurrency];
            var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
            {
                var random = new Random(w);
                var samples = perWorker[w] = new Latencies();
                var client = clients[w % clients.Length];
                while (!Volatile.Read(ref stop))
                {
                    var lot = state.Lots[random.Next(state.Lots.Count)];
                    // The decommission run destroys packs from the end of the last batch: never pick those.
                    var count = lot == state.Lots[^1] ? state.PacksPerLot - state.Destroyed : state.PacksPerLot;
                    var code = state.Scan(lot, random.Next(count));
                    var started = Stopwatch.GetTimestamp();
                    using var response = await client.PostAsJsonAsync("/api/v1/packs/verify", new { code }, cancellationToken);
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    var elapsed = Stopwatch.GetTimestamp() - started;
                    var ok = response.IsSuccessStatusCode && body.Contains("\"state\":\"active\"", StringComparison.Ordinal);
                    if (Volatile.Read(ref measuring))
                    {
                        if (ok)
                        {
                            samples.Add(elapsed);
                        }
                        else
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                }
            }, cancellationToken)).ToArray();

            // Warm-up answers are not recorded: workers record only while measuring is set.
            await Task.Delay(warmUp, cancellationToken);
            Volatile.Write(ref measuring, true);
            var clock = Stopwatch.StartNew();
            await Task.Delay(duration, cancellationToken);
            Volatile.Write(ref measuring, false);
            var measured = clock.Elapsed;
            Volatile.Write(ref stop, true);
            await Task.WhenAll(workers);

            var all = new Latencies();
            foreach (var samples in perWorker)
            {
                all.AddRange(samples);
            }

            return (all.Count / measured.TotalSeconds, all.Percentile(50), all.Percentile(99), errors);
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }
}
