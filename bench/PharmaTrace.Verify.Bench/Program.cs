using System.Globalization;
using PharmaTrace.Verify.Bench;

// Pack verification and decommissioning through the real API host, from this second process on loopback.
//   dotnet build -c Release src/PharmaTrace.Api
//   dotnet run -c Release --project bench/PharmaTrace.Verify.Bench -- [packs=1000000] [seconds=10] [concurrency=1,4,16,64]
// The data directory (PHARMATRACE_DATA, default ./.pharmatrace/verify-bench) keeps the chain, read model
// and registered packs between runs; the first run registers them through POST /api/v1/batches.
var packs = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var levels = (args.Length > 2 ? args[2] : "1,4,16,64").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
const int PacksPerLot = 100_000;

var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "PharmaTrace.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
}

var data = Directory.CreateTempSubdirectory("pharmatrace-verify-bench-").FullName;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var ct = cancel.Token;

try
{
    await RunAsync();
}
finally
{
    Directory.Delete(data, recursive: true);
}

async Task RunAsync()
{
    using var chain = await ChainProcess.StartAsync(root, ct);
    await using var api = await ApiProcess.StartAsync(root, data, chain.Url, ct);
    var state = await Seeder.EnsurePacksAsync(api, data, packs, PacksPerLot, ct);
    Console.WriteLine($"API host resident memory with the pack index loaded: {api.ResidentMegabytes():N0} MB");

    Console.WriteLine();
    Console.WriteLine($"POST /api/v1/packs/verify, {state.Packs:N0} packs, {seconds} s per level after a 3 s warm-up, {Environment.ProcessorCount} cores shared by client and server:");
    Console.WriteLine("| concurrency | requests/s | p50 ms | p99 ms | errors |");
    Console.WriteLine("|---:|---:|---:|---:|---:|");
    foreach (var level in levels)
    {
        var (rate, p50, p99, errors) = await VerifyLoad.RunAsync(api, state, level, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {level} | {rate:N0} | {p50:N2} | {p99:N2} | {errors} |"));
    }

    Console.WriteLine();
    Console.WriteLine("POST /api/v1/packs/decommission (reason destroyed, manufacturer), latency to confirmed on the dev chain:");
    Console.WriteLine("| concurrency | packs per request | requests | packs/s | p50 ms | p99 ms |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
    foreach (var (concurrency, perWorker, basket) in new[] { (1, 30, 1), (16, 10, 1), (1, 10, 50), (8, 5, 50) })
    {
        var (rate, p50, p99, requests) = await DecommissionLoad.RunAsync(api, state, data, concurrency, perWorker, basket, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {concurrency} | {basket} | {requests} | {rate:N0} | {p50:N1} | {p99:N1} |"));
    }
}
