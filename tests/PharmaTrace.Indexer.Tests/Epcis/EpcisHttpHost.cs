using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Epcis.Query;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>The EPCIS endpoints on a real Kestrel listener on 127.0.0.1 (free port) over a real read model.</summary>
internal sealed class EpcisHttpHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EpcisHttpHost(WebApplication app, Uri address)
    {
        _app = app;
        Client = new HttpClient { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<EpcisHttpHost> StartAsync(ReadModelDatabase database, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(new EpcisPageToken());
        builder.Services.AddSingleton<EpcisQueryService>();
        builder.Services.AddOpenApi();
        var app = builder.Build();
        app.MapEpcisEndpoints();
        app.MapOpenApi();
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new EpcisHttpHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
