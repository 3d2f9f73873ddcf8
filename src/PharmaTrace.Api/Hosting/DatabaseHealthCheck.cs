using Microsoft.Extensions.Diagnostics.HealthChecks;
using PharmaTrace.Api.Storage;

namespace PharmaTrace.Api.Hosting;

/// <summary>Ready when <c>api.db</c> opens and answers a query.</summary>
public sealed class DatabaseHealthCheck(ApiDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM settings";
            command.ExecuteScalar();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("api.db does not answer.", e));
        }
    }
}
