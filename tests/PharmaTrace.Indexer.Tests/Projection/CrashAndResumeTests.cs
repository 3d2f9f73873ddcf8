using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Projection;

[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class CrashAndResumeTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    // Small ranges: the scenario's ~40 blocks become many ranges, so crashes land mid-way.
    private static readonly IndexerOptions SmallRanges = new() { InitialBlockRange = 1, MaxBlockRange = 3 };
    private static readonly IndexerOptions OneBlockRanges = new() { InitialBlockRange = 1, MaxBlockRange = 1 };

    [Test]
    public async Task A_follower_that_crashes_mid_range_resumes_to_the_read_model_of_a_fresh_replay()
    {
        await SupplyChainScenario.RunAsync(World, Token);

        var crashing = await IndexerAsync(options: SmallRanges, extra: new CrashingProjection(failOnCall: 5));
        await crashing.Follower.OpenAsync(Token);
        Assert.ThrowsAsync<IOException>(async () => { while (await crashing.Follower.StepAsync(Token)) { } });
        var atCrash = await crashing.Store.ReadCheckpointAsync(Token);

        var resumed = await IndexerAsync(options: SmallRanges);
        await resumed.CatchUpAsync(Token);

        var fresh = await IndexerAsync(await SecondReadModelAsync());
        await fresh.CatchUpAsync(Token);
        Assert.That(atCrash.BlockNumber, Is.LessThan((await resumed.Store.ReadCheckpointAsync(Token)).BlockNumber), "the crash happened before the end");
        Assert.That(await TableDump.DumpAsync(resumed, Token), Is.EqualTo(await TableDump.DumpAsync(fresh, Token)));
    }

    [Test]
    public async Task A_crash_in_the_EPCIS_lane_after_the_domain_lane_committed_its_range_is_aligned_at_restart()
    {
        await SupplyChainScenario.RunAsync(World, Token);

        var crashing = await IndexerWithEpcisLaneExtrasAsync(SmallRanges, new CrashingProjection(failOnCall: 5));
        await crashing.Follower.OpenAsync(Token);
        Assert.ThrowsAsync<IOException>(async () => { while (await crashing.Follower.StepAsync(Token)) { } });
        var domainLane = await LaneCheckpointAsync(crashing.Database, 1);
        var epcisLane = await LaneCheckpointAsync(crashing.EpcisDatabase, 2);
        Assert.That(domainLane, Is.GreaterThan(epcisLane), "the domain lane committed the range the EPCIS lane failed");
        Assert.That(crashing.Store.NeedsAlignment, Is.True);

        var resumed = await IndexerAsync(options: SmallRanges);
        await resumed.CatchUpAsync(Token);

        var fresh = await IndexerAsync(await SecondReadModelAsync());
        await fresh.CatchUpAsync(Token);
        Assert.That(await TableDump.DumpAsync(resumed, Token), Is.EqualTo(await TableDump.DumpAsync(fresh, Token)));
    }

    [Test]
    public async Task A_follower_whose_EPCIS_lane_failed_one_commit_aligns_its_lanes_and_goes_on()
    {
        await SupplyChainScenario.RunAsync(World, Token);

        var failing = await IndexerWithEpcisLaneExtrasAsync(SmallRanges, new CrashingProjection(failOnCall: 4));
        await failing.Follower.OpenAsync(Token);
        Assert.ThrowsAsync<IOException>(async () => { while (await failing.Follower.StepAsync(Token)) { } });
        // The same follower, as RunAsync retries it after a fault: the next step rolls the domain lane back first.
        await failing.StepToHeadAsync(Token);
        Assert.That(failing.Store.NeedsAlignment, Is.False);

        var fresh = await IndexerAsync(await SecondReadModelAsync());
        await fresh.CatchUpAsync(Token);
        Assert.That(await TableDump.DumpAsync(failing, Token), Is.EqualTo(await TableDump.DumpAsync(fresh, Token)));
    }

    [Test]
    public async Task A_follower_cancelled_at_arbitrary_moments_resumes_to_the_read_model_of_a_fresh_replay()
    {
        await SupplyChainScenario.RunAsync(World, Token);
        // The schema and the start checkpoint exist before the first kill, so every stop can be read back.
        await (await IndexerAsync(options: OneBlockRanges)).Follower.OpenAsync(Token);
        var random = new Random(20261201);
        var head = await World.HeadAsync(Token);
        var stops = 0;
        var checkpoints = new List<ulong>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            // Kill once the follower has passed a random block, a random sub-millisecond-to-3 ms later:
            // somewhere inside the next range's read, projection or commit.
            var passed = (head * (ulong)(attempt + 1) / 8) + (ulong)random.Next(0, 2);
            // Paced at 2 ms a block so the stop lands near the chosen block even on a fast machine.
            var follower = await IndexerAsync(options: OneBlockRanges, extra: new PacedProjection(TimeSpan.FromMilliseconds(2)));
            using var kill = CancellationTokenSource.CreateLinkedTokenSource(Token);
            var running = follower.Follower.RunAsync(kill.Token);
            while (!running.IsCompleted && (follower.Status.Current.Checkpoint is not { } at || at < passed))
            {
                await Task.Delay(1, Token);
            }
            Thread.SpinWait(random.Next(0, 200_000));
            await kill.CancelAsync();
            try
            {
                await running;
            }
            catch (OperationCanceledException) when (kill.IsCancellationRequested)
            {
                // Stopped inside an await; a stop seen at the loop's check returns normally instead.
            }
            stops += running.IsCompleted && kill.IsCancellationRequested ? 1 : 0;
            checkpoints.Add((await follower.Store.ReadCheckpointAsync(Token)).BlockNumber);
        }
        var resumed = await IndexerAsync(options: SmallRanges);
        await resumed.CatchUpAsync(Token);

        var fresh = await IndexerAsync(await SecondReadModelAsync());
        await fresh.CatchUpAsync(Token);
        Assert.That(stops, Is.EqualTo(6));
        Assert.That(checkpoints.Distinct().Count(), Is.GreaterThan(2), $"the stops fell at different places: {string.Join(", ", checkpoints)}");
        Assert.That(await TableDump.DumpAsync(resumed, Token), Is.EqualTo(await TableDump.DumpAsync(fresh, Token)));
    }

    private static async Task<long> LaneCheckpointAsync(PharmaTrace.Indexer.Storage.ReadModelDatabase database, int lane) =>
        await TableDump.CountAsync(database, "SELECT block_number FROM indexer_checkpoint WHERE id = @id", Token, ("@id", (long)lane));
}
