using System.Diagnostics.Metrics;

namespace PharmaTrace.Indexer.Following;

/// <summary>The <c>PharmaTrace.Indexer</c> meter: events projected, lag, reorganisations, range size.</summary>
public sealed class IndexerMetrics : IDisposable
{
    /// <summary>The meter's name, for OpenTelemetry or <c>dotnet-counters</c>.</summary>
    public const string MeterName = "PharmaTrace.Indexer";

    private readonly Meter _meter;

    public IndexerMetrics(IndexerStatus status, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(status);
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        EventsProjected = _meter.CreateCounter<long>("pharmatrace.indexer.events_projected", "{event}", "Contract events projected into the read model.");
        Reorganisations = _meter.CreateCounter<long>("pharmatrace.indexer.reorganisations", "{reorganisation}", "Chain reorganisations rolled back.");
        RangeShrinks = _meter.CreateCounter<long>("pharmatrace.indexer.range_shrinks", "{shrink}", "eth_getLogs ranges halved after the node refused them.");
        _meter.CreateObservableGauge("pharmatrace.indexer.lag_blocks", () => (long)(status.Current.Lag ?? 0), "{block}", "Blocks between the chain head and the checkpoint.");
        _meter.CreateObservableGauge("pharmatrace.indexer.checkpoint_block", () => (long)(status.Current.Checkpoint ?? 0), "{block}", "The last block fully projected.");
    }

    internal Meter Meter => _meter;

    internal Counter<long> EventsProjected { get; }

    internal Counter<long> Reorganisations { get; }

    internal Counter<long> RangeShrinks { get; }

    /// <inheritdoc/>
    public void Dispose() => _meter.Dispose();
}
