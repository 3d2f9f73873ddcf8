using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Primitives;
using PharmaTrace.Epcis.Bench;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Epcis.Query;
using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;

// Usage: dotnet run -c Release --project bench/PharmaTrace.Epcis.Bench [events=1000000] [db=/tmp/pt-epcis-bench.db]
// Builds an SQLite read model of N synthetic EPCIS events through the real EpcisProjection, then measures the
// latency of 100-event pages through the real EpcisQueryService, with and without filters.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var file = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "pt-epcis-bench.db");
foreach (var f in new[] { file, file + "-wal", file + "-shm" })
{
    File.Delete(f);
}

await using var database = new ReadModelDatabase(new ReadModelOptions(SqlDialect.Sqlite, $"Data Source={file}"));
var projection = new EpcisProjection(new BenchConnectionSource());
await using (var connection = await database.OpenAsync(CancellationToken.None))
await using (var transaction = await connection.BeginTransactionAsync(CancellationToken.None))
{
    await IndexerStore.CreateSchemaAsync(connection, transaction, SqlDialect.Sqlite, [projection], queryIndexes: true, CancellationToken.None);
    // The chain identity, as the indexer records it: the query service names each event's chain and contract from it.
    var manifest = (await new BenchConnectionSource().GetAsync(CancellationToken.None)).Manifest;
    await IndexerStore.RecordIdentityAsync(connection, transaction, SqlDialect.Sqlite, ChainIdentity.Of(manifest), CancellationToken.None);
    await transaction.CommitAsync(CancellationToken.None);
}

// Mapping alone (no database), to tell the mapper's cost from the inserts'.
var mapClock = Stopwatch.StartNew();
var mapCpu = Environment.CpuUsage.TotalTime;
var masterData = new PharmaTrace.Indexer.Epcis.Mapping.EpcisMasterData();
var mapper = new PharmaTrace.Indexer.Epcis.Mapping.EpcisEventMapper(new PharmaTrace.Indexer.Epcis.Mapping.EpcisChain(31337, SyntheticLedger.Party(999)), masterData);
var mappedBytes = 0L;
foreach (var e in SyntheticLedger.Events(Math.Min(count, 100_000)))
{
    masterData.Learn(e.Event);
    mappedBytes += mapper.Map(e)?.StoredUtf8.Length ?? 0;
}

Console.WriteLine($"mapped {Math.Min(count, 100_000):N0} events (the JSON each stores beside its columns) in {mapClock.Elapsed.TotalSeconds:F1} s wall, " +
    $"{(Environment.CpuUsage.TotalTime - mapCpu).TotalSeconds:F1} s CPU ({mappedBytes / Math.Min(count, 100_000)} bytes an event)");
// The machine is shared: CPU time of this process is reported beside wall time, being the steadier figure.
var clock = Stopwatch.StartNew();
var cpu = Environment.CpuUsage.TotalTime;
await using (var connection = await database.OpenAsync(CancellationToken.None))
{
    foreach (var chunk in SyntheticLedger.Events(count).Chunk(10_000))
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await projection.ApplyAsync(transaction, SqlDialect.Sqlite, chunk, CancellationToken.None);
        await transaction.CommitAsync();
        // As the indexer does after each range: the WAL is checkpointed beside the writer.
        database.Committed();
    }
}

var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
Console.WriteLine($"projected {count:N0} EPCIS events into SQLite in {clock.Elapsed.TotalSeconds:F1} s wall ({count / clock.Elapsed.TotalSeconds:N0} events/s), " +
    $"{cpuSeconds:F1} s CPU ({count / cpuSeconds:N0} events per CPU-second); {new FileInfo(file).Length / 1e6:N0} MB");

var service = new EpcisQueryService(database, new EpcisPageToken());
var random = new Random(7);
var span = TimeSpan.FromSeconds(2.0 * count / SyntheticLedger.EventsPerBlock);
string Time(double fraction) => SyntheticLedger.Genesis.Add(span * fraction).ToString("O", CultureInfo.InvariantCulture);

var scenarios = new (string Name, Func<string> Query)[]
{
    ("no filter, first page", () => ""),
    ("EQ_bizStep=receiving", () => "EQ_bizStep=receiving"),
    ("MATCH_epcClass=<one batch's LGTIN>", () => { var b = random.Next(SyntheticLedger.Batches); return "MATCH_epcClass=" + EpcisIdentifiers.Lgtin(PharmaTrace.Indexer.Projection.Domain.LedgerValues.Gtin(SyntheticLedger.Gtin(b)), SyntheticLedger.Lot(b)); }),
    ("EQ_pt:countries=IT & EQ_bizStep=shipping", () => "EQ_pt:countries=IT&EQ_bizStep=shipping"),
    ("GE_eventTime & LT_eventTime (1 h window)", () => { var f = random.NextDouble() * 0.9; return $"GE_eventTime={Time(f)}&LT_eventTime={Time(f + 3600 / span.TotalSeconds)}"; }),
    ("orderBy=eventTime DESC", () => "orderBy=eventTime&orderDirection=DESC"),
    ("EQ_disposition=in_progress & EQ_bizLocation=<one party>", () => "EQ_disposition=in_progress&EQ_bizLocation=https://id.gs1.org/414/" + PartyGln(random.Next(SyntheticLedger.Parties))),
};

Console.WriteLine($"{"query (perPage=100)",-60} {"p50 ms",8} {"p99 ms",8} {"events",7}");
foreach (var (name, query) in scenarios)
{
    await MeasureAsync(name, async () =>
    {
        var page = await service.QueryAsync(Parse(query() + "&perPage=100"), CancellationToken.None);
        return page.Events.Count;
    });
}

// Paging: a chain of nextPageTokens through the whole table, 100 events a page.
string? token = null;
var unfiltered = Parse("perPage=100");
await MeasureAsync("no filter, following nextPageToken", async () =>
{
    var page = await service.QueryAsync(unfiltered with { NextPageToken = token }, CancellationToken.None);
    token = page.NextPageToken;
    return page.Events.Count;
});

async Task MeasureAsync(string name, Func<Task<int>> run)
{
    for (var i = 0; i < 20; i++)
    {
        await run();
    }

    var times = new List<double>();
    var events = 0;
    for (var i = 0; i < 500; i++)
    {
        var start = Stopwatch.GetTimestamp();
        events += await run();
        times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name,-60} {times[times.Count / 2],8:F2} {times[(int)(times.Count * 0.99)],8:F2} {events / times.Count,7}");
}

static EpcisQuery Parse(string query) => EpcisQueryParser.Parse(query.Split('&', StringSplitOptions.RemoveEmptyEntries)
    .Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, StringValues>(p[0], p[1])));

static string PartyGln(int party) => PharmaTrace.Indexer.Projection.Domain.LedgerValues.Gln(Check(401234500000UL + (ulong)party));

static ulong Check(ulong body)
{
    var sum = 0UL;
    var weight = 3UL;
    for (var rest = body; rest > 0; rest /= 10)
    {
        sum += rest % 10 * weight;
        weight = 4 - weight;
    }

    return body * 10 + (10 - sum % 10) % 10;
}

internal sealed class BenchConnectionSource : ILedgerConnectionSource
{
    public Task<LedgerConnection> GetAsync(CancellationToken cancellationToken) => Task.FromResult(new LedgerConnection(new Uri("http://127.0.0.1:8545"), new DeploymentManifest
    {
        ChainId = 31337,
        GenesisHash = Hash32.Zero,
        Contracts = new Dictionary<string, Address> { [DeploymentManifest.PharmaLedger] = SyntheticLedger.Party(999) },
        DeploymentBlock = 0,
        DeploymentTransaction = Hash32.Zero,
    }));
}
