using System.Diagnostics;
using System.Net.Http.Json;

namespace PharmaTrace.Api.Bench;

/// <summary>One concurrency level: as many dispatches as the workers can get answered in the time given.</summary>
internal sealed record LoadStep(double EventsPerSecond, double P50, double P99, int Created, int Accepted, int Other)
{
    public static async Task<LoadStep> RunAsync(HttpClient http, int concurrency, TimeSpan duration, object body)
    {
        var latencies = new List<double>();
        int created = 0, accepted = 0, other = 0;
        var clock = Stopwatch.StartNew();
        async Task WorkerAsync()
        {
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                using var response = await http.PostAsJsonAsync("/api/v1/shipments", body);
                var status = (int)response.StatusCode;
                lock (latencies)
                {
                    if (status == 201)
                    {
                        created++;
                        latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                    }
                    else if (status == 202)
                    {
                        accepted++;
                    }
                    else
                    {
                        other++;
                    }
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(WorkerAsync)));
        var elapsed = clock.Elapsed.TotalSeconds;
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)(p * latencies.Count))];
        return new LoadStep(created / elapsed, Percentile(0.50), Percentile(0.99), created, accepted, other);
    }
}
