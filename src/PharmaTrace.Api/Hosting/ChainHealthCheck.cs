using Microsoft.Extensions.Diagnostics.HealthChecks;
using PharmaTrace.Api.Chain;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Hosting;

/// <summary>Ready when the chain is up and deployed, answers, and is not syncing (<c>eth_syncing</c> false).</summary>
public sealed class ChainHealthCheck(LedgerChain chain) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!chain.IsReady)
        {
            return HealthCheckResult.Unhealthy("The chain is starting (dev chain, deployment or manifest check).");
        }
        try
        {
            var head = await chain.Client.GetBlockNumberAsync(cancellationToken);
            var syncing = await chain.Client.Rpc.SendAsync<System.Text.Json.JsonElement>("eth_syncing", [], cancellationToken);
            return syncing.ValueKind == System.Text.Json.JsonValueKind.False
                ? HealthCheckResult.Healthy($"Head block {head}.")
                : HealthCheckResult.Unhealthy("The node is still syncing.");
        }
        catch (ChainUnavailableException e)
        {
            return HealthCheckResult.Unhealthy("The node does not answer.", e);
        }
    }
}
