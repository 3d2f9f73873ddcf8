using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using PharmaTrace.Ledger.Bench;

// Runs our client's benchmarks (BenchmarkDotNet), then the same work in ethers.js on the same
// machine in the same run (bench/ethers-bench.mjs), and prints both with their ratio.
var config = ManualConfig.CreateMinimumViable().AddJob(Job.ShortRun).WithOptions(ConfigOptions.DisableLogFile);
var summary = BenchmarkRunner.Run<LedgerBenchmarks>(config, args);
var ours = summary.Reports
    .Where(r => r.ResultStatistics is not null)
    .ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\''), r => r.ResultStatistics!.Median);

var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "PharmaTrace.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("PharmaTrace.sln not found above the benchmark.");
}
var psi = new ProcessStartInfo("node", ["bench/ethers-bench.mjs"]) { WorkingDirectory = root, RedirectStandardOutput = true };
using var node = Process.Start(psi) ?? throw new InvalidOperationException("node did not start");
var ethersJson = await node.StandardOutput.ReadToEndAsync();
await node.WaitForExitAsync();
var ethers = JsonSerializer.Deserialize<Dictionary<string, double>>(ethersJson) ?? [];

Console.WriteLine();
Console.WriteLine("| operation | PharmaTrace.Ledger ops/s | ethers.js ops/s | ratio |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (name, nanos) in ours)
{
    var mine = 1e9 / nanos;
    var theirs = ethers.TryGetValue(name, out var ns) ? 1e9 / ns : double.NaN;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {mine:N0} | {theirs:N0} | {mine / theirs:0.0}x |"));
}
