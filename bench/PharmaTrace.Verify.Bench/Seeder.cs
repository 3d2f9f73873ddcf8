using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PharmaTrace.Verify.Bench;

/// <summary>Registers batches through POST /api/v1/batches until the ledger holds the packs asked for.</summary>
internal static class Seeder
{
    public static async Task<BenchState> EnsurePacksAsync(ApiProcess api, string dataDirectory, long packs, int packsPerLot, CancellationToken cancellationToken)
    {
        var state = BenchState.Load(dataDirectory, packsPerLot);
        using var manufacturer = Clients.For(api, api.Participant("Manufacturer"), 1);
        var watch = Stopwatch.StartNew();
        var added = 0L;
        while (state.Packs < packs)
        {
            var lot = $"VB{state.Lots.Count:D4}";
            var serials = Enumerable.Range(0, state.PacksPerLot).Select(i => BenchState.Serial(lot, i)).ToArray();
            using var response = await manufacturer.PostAsJsonAsync("/api/v1/batches", new { gtin = state.Gtin, lot, expiry = state.Expiry, serials }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if ((int)response.StatusCode is not (201 or 202))
            {
                throw new InvalidOperationException($"Registering {lot} answered {(int)response.StatusCode}: {body}");
            }

            await Operations.WaitCompletedAsync(manufacturer, JsonNode.Parse(body)!, cancellationToken);
            state.Lots.Add(lot);
            state.Save(dataDirectory);
            added += serials.Length;
            Console.WriteLine($"  registered {lot}: {state.Packs:N0} packs so far ({added / watch.Elapsed.TotalSeconds:N0} packs/s through the API)");
        }

        // The pack index follows the indexer, which follows the chain: wait until the last pack verifies.
        var last = state.Lots[^1];
        var ready = Stopwatch.StartNew();
        while (true)
        {
            using var answer = await manufacturer.PostAsJsonAsync("/api/v1/packs/verify", new { code = state.Scan(last, state.PacksPerLot - 1) }, cancellationToken);
            var json = JsonNode.Parse(await answer.Content.ReadAsStringAsync(cancellationToken));
            if (json?["batch"]?["lot"]?.GetValue<string>() == last && json["proof"] is not null)
            {
                break;
            }

            if (ready.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException("The pack index did not catch up within 10 minutes.");
            }

            await Task.Delay(500, cancellationToken);
        }

        Console.WriteLine($"Read model: {state.Packs:N0} packs in {state.Lots.Count} batches (index level after {ready.Elapsed.TotalSeconds:N1} s).");
        return state;
    }
}
