using Microsoft.Extensions.Diagnostics.HealthChecks;
using PharmaTrace.Indexer.Following;

namespace PharmaTrace.Indexer.Hosting;

/// <summary>
/// The <c>indexer</c> readiness check: healthy once following and not failing, with head, checkpoint,
/// lag and throughput in the data.
/// </summary>
public sealed class IndexerHealthCheck(IndexerStatus status) : IHealthCheck
{
    /// <summary>The check's registered name.</summary>
    public const string Name = "indexer";

    /// <inheritdoc/>
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var s = status.Current;
        var data = new Dictionary<string, object>
        {
            ["running"] = s.Running,
            ["head"] = s.Head ?? 0,
            ["checkpoint"] = s.Checkpoint ?? 0,
            ["lagBlocks"] = s.Lag ?? 0,
            ["eventsProjected"] = s.EventsProjected,
            ["eventsPerSecond"] = Math.Round(s.EventsPerSecond, 1),
        };
        if (s.LastError is not null)
        {
            data["lastError"] = s.LastError;
        }
        var failing = s.LastErrorAt is { } errorAt && (s.LastSuccessAt is not { } successAt || errorAt > successAt);
        var result = !s.Running || s.Checkpoint is null
            ? HealthCheckResult.Unhealthy(s.LastError ?? "The indexer has not started following the chain.", data: data)
            : failing
                ? HealthCheckResult.Degraded($"The indexer is retrying: {s.LastError}", data: data)
                : HealthCheckResult.Healthy($"Indexed to block {s.Checkpoint}, {s.Lag} behind the head.", data);
        return Task.FromResult(result);
    }
}
