using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Endpoints;

/// <summary>The standalone indexer's composition (as Program.cs) on a real Kestrel port, following the test chain.</summary>
public sealed class IndexerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private IndexerHost(WebApplication app, Uri url)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = url };
    }

    public HttpClient Http { get; }

    public IndexerStatus Status => _app.Services.GetRequiredService<IndexerStatus>();

    public static async Task<IndexerHost> StartAsync(LedgerWorld world, TestReadModel readModel, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PharmaTrace:ReadModel:Provider"] = readModel.Options.Dialect.ToString(),
            ["PharmaTrace:ReadModel:ConnectionString"] = readModel.Options.ConnectionString,
            ["PharmaTrace:Indexer:PollInterval"] = "00:00:00.050",
        });
        builder.Services.AddSingleton<ILedgerConnectionSource>(new WorldConnectionSource(world));
        builder.Services.AddProblemDetails();
        builder.Services.AddPharmaTraceIndexer(builder.Configuration);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapReadModelEndpoints();
        app.MapHealthChecks("/health/ready");
        await app.StartAsync(cancellationToken);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new IndexerHost(app, new Uri(url));
    }

    /// <summary>Waits until the follower's checkpoint reached <paramref name="block"/>.</summary>
    public async Task WaitForBlockAsync(ulong block, CancellationToken cancellationToken)
    {
        while (Status.Current.Checkpoint is not { } checkpoint || checkpoint < block)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
