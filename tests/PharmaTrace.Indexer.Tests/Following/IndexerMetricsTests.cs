using System.Diagnostics.Metrics;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.Projection;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Following;

public sealed class IndexerMetricsTests() : ProjectionTestBase(SqlDialect.Sqlite)
{
    [Test]
    public async Task The_meter_counts_every_projected_event_and_reports_the_lag_and_the_status_the_throughput()
    {
        var a = await Actors.AdmitAsync(World, Token);
        await new TestBatch(4).RegisterAsync(World, a.Manufacturer, 4, Token);
        var indexer = await IndexerAsync();
        long counted = 0;
        long? lag = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == IndexerMetrics.MeterName && ReferenceEquals(instrument.Meter, MeterOf(indexer)))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "pharmatrace.indexer.events_projected")
            {
                Interlocked.Add(ref counted, value);
            }
            else if (instrument.Name == "pharmatrace.indexer.lag_blocks")
            {
                lag = value;
            }
        });
        listener.Start();

        await indexer.CatchUpAsync(Token);
        listener.RecordObservableInstruments();

        var logs = await TableDump.CountAsync(indexer.Database, "SELECT COUNT(*) FROM participant", Token)
            + await TableDump.CountAsync(indexer.Database, "SELECT COUNT(*) FROM country", Token)
            + await TableDump.CountAsync(indexer.Database, "SELECT COUNT(*) FROM country_proposal", Token)
            + await TableDump.CountAsync(indexer.Database, "SELECT COUNT(*) FROM country_vote", Token)
            + 3; // BatchRegistered, BatchLeavesPublished, BatchCompleted
        Assert.That(counted, Is.EqualTo(logs));
        Assert.That(lag, Is.Zero);
        Assert.That(indexer.Status.Current.EventsProjected, Is.EqualTo(logs));
        Assert.That(indexer.Status.Current.EventsPerSecond, Is.GreaterThan(0));
    }

    private static Meter MeterOf(IndexerHarness indexer) => indexer.Metrics.Meter;
}
