using PharmaTrace.Api.Demo;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Chain;

/// <summary>
/// Brings the chain up in the background, so the host answers /health/live at once: starts the
/// embedded Anvil when no node is configured, deploys PharmaLedger on first start or verifies the
/// manifest (DeploymentVerifier: same chain id, same genesis, code at the address), hands the
/// connection to <see cref="LedgerChain"/> (and so to the indexer), then in Development seeds the demo.
/// </summary>
internal sealed class ChainBootstrapper(
    ApiSettings settings, LedgerChain chain, ConsortiumFounding founding, IServiceProvider services,
    IHostEnvironment environment, IHttpClientFactory httpClients, ILogger<ChainBootstrapper> logger) : BackgroundService
{
    private EmbeddedAnvil? _anvil;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_anvil is { } anvil)
        {
            await anvil.DisposeAsync();
            _anvil = null;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var url = settings.RpcUrl;
            if (url is null)
            {
                _anvil = await EmbeddedAnvil.StartAsync(settings, logger, stoppingToken);
                url = _anvil.Url;
            }
            var client = new EthereumRpcClient(httpClients.CreateClient("ledger"), new JsonRpcClientOptions
            {
                Endpoint = url, MaxRetryAttempts = 3, AttemptTimeout = TimeSpan.FromSeconds(10), MaxRetryDelay = TimeSpan.FromSeconds(2),
            });
            DeploymentManifest manifest;
            if (File.Exists(settings.ManifestPath))
            {
                manifest = await DeploymentManifest.ReadAsync(settings.ManifestPath, stoppingToken);
                await DeploymentVerifier.VerifyAsync(client, manifest, stoppingToken);
                await VerifyCodeAsync(client, manifest, stoppingToken);
                Log.ManifestReused(logger, manifest.Contracts[DeploymentManifest.PharmaLedger].ToChecksumString(), settings.ManifestPath);
            }
            else
            {
                manifest = await founding.DeployAsync(client, stoppingToken);
                await manifest.WriteAsync(settings.ManifestPath, stoppingToken);
                Log.Deployed(logger, manifest.Contracts[DeploymentManifest.PharmaLedger].ToChecksumString(), manifest.DeploymentBlock, settings.ManifestPath);
            }
            chain.SetReady(new LedgerConnection(url, manifest), client);
            if (environment.IsDevelopment())
            {
                await services.GetRequiredService<DemoSeeder>().SeedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            chain.SetFailed(new OperationCanceledException("The host stopped during start-up."));
        }
        catch (Exception e)
        {
            Log.ChainFailed(logger, e);
            chain.SetFailed(e);
        }
    }

    // The manifest's contract must be this build's: calls and answers of another version decode wrongly.
    private async Task VerifyCodeAsync(EthereumRpcClient client, DeploymentManifest manifest, CancellationToken cancellationToken)
    {
        try
        {
            await DeploymentVerifier.VerifyCodeAsync(client, manifest, DeploymentManifest.PharmaLedger,
                Ledger.Codecs.Hex.Decode(Ledger.Contracts.PharmaLedger.DeployedBytecodeHex), cancellationToken);
        }
        catch (DeploymentMismatchException e)
        {
            // The host stops with this message in its log, which already names the data directory at start.
            var remedy = settings.RpcUrl is null
                ? "This is the dev chain of an earlier build: stop the service and delete its data directory (PHARMATRACE_DATA) to start a fresh one."
                : "Deploy this version's contract and point PharmaTrace:Deployment:ManifestPath at its manifest.";
            throw new DeploymentMismatchException($"{e.Message} {remedy}");
        }
    }
}
