// Custody events per second through the REST API to confirmed on-chain state: the API runs as its
// own process in its embedded mode (Anvil, zero fees, Development demo consortium), the demo
// manufacturer registers a batch, then dispatches of one pack each to the demo wholesaler are sent
// at rising concurrency. A dispatch counts when the API answers 201: its transaction is mined (the
// receipt is in). Beside each step, the in-process indexer's lag behind the chain head, sampled from
// /health/ready. Usage: dotnet run -c Release --project bench/PharmaTrace.Api.Bench [seconds per step]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using PharmaTrace.Api.Bench;
using PharmaTrace.Ledger.DevChain;

var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
var root = DevChainFiles.FindRepositoryRoot(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run from a PharmaTrace checkout.");
var data = Directory.CreateTempSubdirectory("pt-api-bench-").FullName;
using var api = ApiUnderTest.Start(root, data);
try
{
    var credentials = await api.WaitForDemoAsync(TimeSpan.FromMinutes(3));
    var manufacturer = credentials.First(c => c.GetProperty("role").GetString() == "Manufacturer");
    var wholesaler = credentials.First(c => c.GetProperty("role").GetString() == "Wholesaler").GetProperty("address").GetString();
    using var http = new HttpClient { BaseAddress = api.Url, Timeout = TimeSpan.FromMinutes(2) };
    http.DefaultRequestHeaders.Add("X-Api-Key", manufacturer.GetProperty("apiKey").GetString());
    var gtin = "09506000134352";
    var lot = "BENCH" + DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
    var registered = await http.PostAsJsonAsync("/api/v1/batches", new
    {
        gtin, lot, expiry = DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        serials = Enumerable.Range(0, 100_000).Select(i => $"B{i:D8}").ToArray(),
    });
    Console.WriteLine($"Batch of 100,000 packs: {(int)registered.StatusCode}");
    await ApiUnderTest.WaitUntilCompletedAsync(http, await registered.Content.ReadFromJsonAsync<JsonElement>());
    // Steady state: the indexer first catches up with the registration's 100,000 leaves.
    await LagSampler.WaitUntilCaughtUpAsync(http, TimeSpan.FromMinutes(2));

    Console.WriteLine($"{"concurrency",11} {"events/s",9} {"p50 ms",8} {"p99 ms",8} {"201",7} {"202",5} {"other",6}   indexer lag: blocks p50/max, seconds p50/max");
    foreach (var concurrency in new[] { 8, 32, 128, 256, 512 })
    {
        var running = LoadStep.RunAsync(http, concurrency, TimeSpan.FromSeconds(seconds), new { gtin, lot, quantity = 1, to = wholesaler });
        var lag = await LagSampler.RunAsync(http, running);
        var step = await running;
        Console.WriteLine($"{concurrency,11} {step.EventsPerSecond,9:N0} {step.P50,8:N1} {step.P99,8:N1} {step.Created,7} {step.Accepted,5} {step.Other,6}   {lag.BlocksP50,5}/{lag.BlocksMax,-5} {lag.SecondsP50,6:N2}/{lag.SecondsMax:N2} ({lag.Samples} samples)");
    }
}
finally
{
    await api.StopAsync();
    Directory.Delete(data, recursive: true);
}
