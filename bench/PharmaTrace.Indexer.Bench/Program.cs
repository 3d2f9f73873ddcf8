using System.Globalization;
using Npgsql;
using PharmaTrace.Indexer.Bench;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;

// Catch-up throughput of the indexer: fills an Anvil chain, then projects it from the deployment to
// the head into empty read models, and prints events/s.
//   dotnet run -c Release --project bench/PharmaTrace.Indexer.Bench -- [custody|leaves] [count] [postgres-connection-string]
// The PostgreSQL run needs a server: the third argument or PHARMATRACE_TEST_POSTGRES
// (eval "$(scripts/postgres-test-server.sh start)"); without one only SQLite is measured.
var mode = args.Length > 0 ? args[0] : "custody";
var count = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000;
var postgres = args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("PHARMATRACE_TEST_POSTGRES");
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "PharmaTrace.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
}
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var ct = cancel.Token;

await using var chain = await BenchChain.StartAsync(root, ct);
Console.WriteLine($"Generating {count:N0} {(mode == "leaves" ? "published leaves" : "custody events")} on Anvil...");
var generation = System.Diagnostics.Stopwatch.StartNew();
var produced = mode == "leaves" ? await Workload.LeavesAsync(chain, count, ct) : await Workload.CustodyAsync(chain, count, ct);
Console.WriteLine($"  {produced:N0} in {generation.Elapsed.TotalSeconds:N1} s, chain head {await chain.Client.GetBlockNumberAsync(ct):N0}");

var directory = Directory.CreateTempSubdirectory("pharmatrace-indexer-bench-");
try
{
    var targets = new List<ReadModelOptions> { new(SqlDialect.Sqlite, $"Data Source={Path.Combine(directory.FullName, "readmodel.db")}") };
    string? database = null;
    if (!string.IsNullOrWhiteSpace(postgres) && postgres != "skip")
    {
        database = $"pt_bench_{Guid.NewGuid():N}";
        await using var admin = new NpgsqlConnection(postgres);
        await admin.OpenAsync(ct);
        await using (var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        targets.Add(new(SqlDialect.PostgreSql, new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString));
    }
    else
    {
        Console.WriteLine("No PostgreSQL server given: measuring SQLite only.");
    }
    var (read, readTime) = await CatchUpRun.ReadOnlyAsync(chain, ct);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eth_getLogs + decode alone (the node's ceiling): {read:N0} logs in {readTime.TotalSeconds:N1} s = {read / readTime.TotalSeconds:N0} logs/s"));
    Console.WriteLine($"| read model | logs projected | rows written | seconds | logs/s | rows/s |");
    Console.WriteLine($"|---|---:|---:|---:|---:|---:|");
    foreach (var target in targets)
    {
        var (events, rows, elapsed) = await CatchUpRun.RunAsync(chain, target, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {target.Dialect} | {events:N0} | {rows:N0} | {elapsed.TotalSeconds:N1} | {events / elapsed.TotalSeconds:N0} | {rows / elapsed.TotalSeconds:N0} |"));
    }
    if (database is not null)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(postgres);
        await admin.OpenAsync(ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync(ct);
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    directory.Delete(recursive: true);
}
