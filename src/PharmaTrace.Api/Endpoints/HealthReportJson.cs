using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PharmaTrace.Api.Endpoints;

/// <summary>
/// <c>/health/ready</c> as JSON: the overall status and each check's status, description and data
/// (the indexer's head, checkpoint and lag among them), so that operators and the benchmark can
/// follow the indexer without a second endpoint. The HTTP status stays the health-check default
/// (200 healthy or degraded, 503 unhealthy).
/// </summary>
public static class HealthReportJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json";
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(e => e.Key, e => new Dictionary<string, object?>
            {
                ["status"] = e.Value.Status.ToString(),
                ["description"] = e.Value.Description,
                ["data"] = e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
