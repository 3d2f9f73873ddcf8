using System.Globalization;
using Npgsql;
using PharmaTrace.Indexer.Bench;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;

// Catch-up throughput of the indexer: fills an Anvil chain, then projects it from the deployment to
// the head into empty read models, and prints events/s.
//   dotnet run -c Release --project bench/PharmaTrace.Indexer.Bench -- [custody|leaves] [count] [postgres-connection-string] [runs] [domain|all|both] [sqlite|postgres]
// The PostgreSQL run needs a server: the third argument or PHARMATRACE_TEST_POSTGRES
// (eval "$(scripts/postgres-test-server.sh start)"); without one ("skip") only SQLite is measured.
// runs (default 1): catch-ups of the same chain into fresh read models, to see the spread on a shared machine.
// domain|all|both (default both): the domain projection alone, with the EPCIS projection after it as the API host
// runs them, or one then the other. The last argument measures one database alone (default: SQLite, then PostgreSQL
// when there is a server).
// A big chain takes minutes to generate; to measure it more than once:
//   ... -- serve custody 1000000 DIR   generates it, writes its node URL and manifest to DIR, serves until Ctrl+C or SIGTERM;
//   ... -- attach DIR [postgres] [runs] [sets]   measures the catch-up of that chain from another process.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
// SIGTERM too (kill, or a background job, where the shell ignores Ctrl+C): the chain's disposal stops the node.
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(
    System.Runtime.InteropServices.PosixSignal.SIGTERM, signal => { signal.Cancel = true; cancel.Cancel(); });
var ct = cancel.Token;
var root = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(root, "PharmaTrace.sln")))
{
    root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
}
var serve = args.Length > 0 && args[0] == "serve";
var attach = args.Length > 1 && args[0] == "attach" ? args[1] : null;
var rest = serve ? args[1..] : args;
var mode = rest.Length > 0 ? rest[0] : "custody";
var count = attach is null && rest.Length > 1 ? long.Parse(rest[1], CultureInfo.InvariantCulture) : 1_000_000;
// The catch-up's arguments are at the same places after "mode count" and after "attach DIR"; serve has none.
var postgres = !serve && args.Length > 2 ? args[2] : Environment.GetEnvironmentVariable("PHARMATRACE_TEST_POSTGRES");
var runs = !serve && args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1;
bool[] projectionSets = (!serve && args.Length > 4 ? args[4] : "both") switch { "domain" => [false], "all" => [true], _ => [false, true] };
var only = !serve && args.Length > 5 ? args[5] : null;

// As the hosts do, before any SQLite connection opens (SqliteEngine): 0 when SQLite took the settings.
Console.Error.WriteLine($"SQLite engine settings: {(PharmaTrace.Indexer.Storage.SqliteEngine.Configure() == 0 ? "multi-thread, no memory statistics" : "SQLite's defaults")}");
await using var chain = attach is null ? await BenchChain.StartAsync(root, ct) : await BenchChain.AttachAsync(attach, ct);
if (attach is null)
{
    Console.WriteLine($"Generating {count:N0} {(mode == "leaves" ? "published leaves" : "custody events")} on Anvil...");
    var generation = System.Diagnostics.Stopwatch.StartNew();
    var produced = mode == "leaves" ? await Workload.LeavesAsync(chain, count, ct) : await Workload.CustodyAsync(chain, count, ct);
    Console.WriteLine($"  {produced:N0} in {generation.Elapsed.TotalSeconds:N1} s, chain head {await chain.Client.GetBlockNumberAsync(ct):N0}");
}
if (serve)
{
    var serveDirectory = rest.Length > 2 ? rest[2] : throw new ArgumentException("serve needs a directory: serve custody 1000000 DIR");
    await chain.SaveAsync(serveDirectory, ct);
    Console.WriteLine($"Serving the chain at {chain.Url} (manifest in {serveDirectory}): attach {serveDirectory} measures it; Ctrl+C or SIGTERM stops it.");
    try
    {
        await Task.Delay(Timeout.Infinite, ct);
    }
    catch (OperationCanceledException)
    {
        // Ctrl+C or SIGTERM: the node stops with the chain's disposal.
    }
    return;
}

var directory = Directory.CreateTempSubdirectory("pharmatrace-indexer-bench-");
try
{
    var withPostgres = !string.IsNullOrWhiteSpace(postgres) && postgres != "skip" && only != "sqlite";
    if (!withPostgres)
    {
        Console.WriteLine("No PostgreSQL server given: measuring SQLite only.");
    }
    var (read, readTime) = await CatchUpRun.ReadOnlyAsync(chain, ct);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eth_getLogs + decode alone (the node's ceiling): {read:N0} logs in {readTime.TotalSeconds:N1} s = {read / readTime.TotalSeconds:N0} logs/s"));
    Console.WriteLine($"| read model | projections | run | logs projected | rows written | seconds | logs/s | rows/s | CPU s (this process) | load average |");
    Console.WriteLine($"|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for (var run = 1; run <= runs; run++)
    foreach (var epcis in projectionSets)
    {
        var sqlite = new ReadModelOptions(SqlDialect.Sqlite, $"Data Source={Path.Combine(directory.FullName, $"readmodel{run}.db")}");
        if (only != "postgres")
        {
            await MeasureAsync(sqlite, epcis, run);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in directory.GetFiles($"readmodel{run}.db*"))
        {
            file.Delete();
        }
        if (withPostgres)
        {
            var database = $"pt_bench_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(postgres))
            {
                await admin.OpenAsync(ct);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
                await create.ExecuteNonQueryAsync(ct);
            }
            await MeasureAsync(new(SqlDialect.PostgreSql, new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString), epcis, run);
            NpgsqlConnection.ClearAllPools();
            await using (var admin = new NpgsqlConnection(postgres))
            {
                await admin.OpenAsync(ct);
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    directory.Delete(recursive: true);
}

async Task MeasureAsync(ReadModelOptions target, bool epcis, int run)
{
    // CPU time of this process (the follower, the projections, SQLite; not the node nor a PostgreSQL server).
    var cpu = Environment.CpuUsage.TotalTime;
    var wal = target.Dialect == SqlDialect.PostgreSql ? await WalAsync(target.ConnectionString) : default;
    var (events, rows, elapsed) = await CatchUpRun.RunAsync(chain, target, epcis, ct);
    var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {target.Dialect} | {(epcis ? "domain + EPCIS" : "domain")} | {run} | {events:N0} | {rows:N0} | {elapsed.TotalSeconds:N1} | {events / elapsed.TotalSeconds:N0} | {rows / elapsed.TotalSeconds:N0} | {cpuSeconds:N1} | load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
    if (target.Dialect == SqlDialect.PostgreSql)
    {
        // The server's write-ahead log over the run (pg_stat_wal counts the whole cluster): what the server wrote for it.
        var after = await WalAsync(target.ConnectionString);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  PostgreSQL WAL: {after.Records - wal.Records:N0} records, {after.FullPageImages - wal.FullPageImages:N0} full-page images, {(after.Bytes - wal.Bytes) / 1e6:N0} MB, {(after.Bytes - wal.Bytes) / (double)events:N0} bytes a log"));
    }
}

async Task<(long Records, long FullPageImages, long Bytes)> WalAsync(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync(ct);
    await using var command = new NpgsqlCommand("SELECT wal_records, wal_fpi, wal_bytes::bigint FROM pg_stat_wal", connection);
    await using var reader = await command.ExecuteReaderAsync(ct);
    await reader.ReadAsync(ct);
    return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
}
