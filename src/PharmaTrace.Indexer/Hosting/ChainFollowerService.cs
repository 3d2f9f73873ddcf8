using Microsoft.Extensions.Logging;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Hosting;

/// <summary>
/// Runs the <see cref="LedgerFollower"/> in the host. An identity mismatch (another chain or deployment) or an
/// older read model layout ends the service with its error, which stops the host: a clear refusal, never a silent mix.
/// </summary>
public sealed class ChainFollowerService(
    ILedgerConnectionSource connections,
    IndexerStore store,
    IndexerOptions options,
    IndexerStatus status,
    IndexerMetrics metrics,
    ILogger<ChainFollowerService> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connection = await connections.GetAsync(stoppingToken);
        using var http = new HttpClient();
        var client = new EthereumRpcClient(http, new JsonRpcClientOptions { Endpoint = connection.RpcUrl, AttemptTimeout = TimeSpan.FromSeconds(30) });
        var follower = new LedgerFollower(client, connection.Manifest, store, options, status, metrics, logger);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await follower.OpenAsync(stoppingToken);
                break;
            }
            catch (Exception e) when (e is ReadModelIdentityMismatchException or ReadModelSchemaMismatchException or Ledger.Deployment.DeploymentMismatchException)
            {
                status.Failed(e, DateTimeOffset.UtcNow);
                logger.Refused(e, e.Message);
                throw;
            }
            catch (Exception e) when (e is RpcException or ChainUnavailableException or HttpRequestException or System.Data.Common.DbException)
            {
                // The node or the database is not up yet (the embedded chain may still be starting): wait, retry.
                status.Failed(e, DateTimeOffset.UtcNow);
                logger.StepFailed(e, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5_000, 200 * attempt)), stoppingToken);
            }
        }
        await follower.RunAsync(stoppingToken);
    }
}
