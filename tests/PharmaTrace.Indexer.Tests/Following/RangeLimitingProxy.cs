using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PharmaTrace.Indexer.Tests.Following;

/// <summary>
/// A real HTTP JSON-RPC proxy on loopback (Kestrel) in front of Anvil that refuses <c>eth_getLogs</c>
/// over more than <c>limit</c> blocks with EIP-1474's "limit exceeded" (-32005), as hosted providers do.
/// </summary>
public sealed class RangeLimitingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new();
    private int _refused;

    private RangeLimitingProxy(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    public int Refused => _refused;

    public static async Task<RangeLimitingProxy> StartAsync(Uri upstream, ulong limit, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new RangeLimitingProxy(app);
        app.MapPost("/", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (JsonNode.Parse(body) is JsonObject call && (string?)call["method"] == "eth_getLogs")
            {
                var filter = call["params"]![0]!;
                var from = ulong.Parse(((string)filter["fromBlock"]!)[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var to = ulong.Parse(((string)filter["toBlock"]!)[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (to - from + 1 > limit)
                {
                    Interlocked.Increment(ref proxy._refused);
                    var error = new JsonObject
                    {
                        ["jsonrpc"] = "2.0",
                        ["id"] = call["id"]!.DeepClone(),
                        ["error"] = new JsonObject { ["code"] = -32005, ["message"] = $"query exceeds max block range {limit}" },
                    };
                    return Results.Text(error.ToJsonString(), "application/json");
                }
            }
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var answer = await proxy._upstream.PostAsync(upstream, content, context.RequestAborted);
            return Results.Text(await answer.Content.ReadAsStringAsync(context.RequestAborted), "application/json");
        });
        await app.StartAsync(cancellationToken);
        proxy.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _upstream.Dispose();
    }
}
