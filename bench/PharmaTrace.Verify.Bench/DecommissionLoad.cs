using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PharmaTrace.Verify.Bench;

/// <summary>
/// POST /api/v1/packs/decommission as the manufacturer (a holder of every bench batch), reason destroyed,
/// baskets taken from the end of the last batch; latency is to confirmed (201 = mined; a 202 is followed
/// until its operation completes).
/// </summary>
internal static class DecommissionLoad
{
    public static async Task<(double PacksPerSecond, double P50, double P99, int Requests)> RunAsync(
        ApiProcess api, BenchState state, string dataDirectory, int concurrency, int requestsPerWorker, int basket, CancellationToken cancellationToken)
    {
        using var client = Clients.For(api, api.Participant("Manufacturer"), concurrency);
        var lot = state.Lots[^1];
        var next = state.PacksPerLot - state.Destroyed;
        var gate = new Lock();
        var perWorker = new Latencies[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var samples = perWorker[w] = new Latencies();
            for (var r = 0; r < requestsPerWorker; r++)
            {
                string[] codes;
                lock (gate)
                {
                    next -= basket;
                    codes = [.. Enumerable.Range(next, basket).Select(i => state.Scan(lot, i))];
                }

                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsJsonAsync("/api/v1/packs/decommission", new { codes, reason = "destroyed" }, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if ((int)response.StatusCode is not (201 or 202))
                {
                    throw new InvalidOperationException($"Decommission answered {(int)response.StatusCode}: {body}");
                }

                await Operations.WaitCompletedAsync(client, JsonNode.Parse(body)!, cancellationToken);
                samples.Add(Stopwatch.GetTimestamp() - started);
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed;
        var destroyed = state.Destroyed + concurrency * requestsPerWorker * basket;
        state.Destroyed = destroyed;
        state.Save(dataDirectory);

        var all = new Latencies();
        foreach (var samples in perWorker)
        {
            all.AddRange(samples);
        }

        return (concurrency * requestsPerWorker * basket / elapsed.TotalSeconds, all.Percentile(50), all.Percentile(99), all.Count);
    }
}
