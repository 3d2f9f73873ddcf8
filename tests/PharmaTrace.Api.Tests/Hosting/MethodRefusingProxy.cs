using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>
/// A real HTTP JSON-RPC proxy on loopback (Kestrel) in front of Anvil that answers "method not found"
/// (-32601) for some methods, as a node without them does (Besu has no <c>eth_sendRawTransactionSync</c>),
/// and forwards everything else, batches included, unchanged.
/// </summary>
public sealed class MethodRefusingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new();
    private int _refused;

    private MethodRefusingProxy(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>How many calls were answered "method not found".</summary>
    public int Refused => _refused;

    public static async Task<MethodRefusingProxy> StartAsync(Uri upstream, IReadOnlyCollection<string> refused, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new MethodRefusingProxy(app);
        app.MapPost("/", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (JsonNode.Parse(body) is JsonObject call && refused.Contains((string?)call["method"] ?? ""))
            {
                Interlocked.Increment(ref proxy._refused);
                var error = new JsonObject
                {
                    ["jsonrpc"] = "2.0",
                    ["id"] = call["id"]!.DeepClone(),
                    ["error"] = new JsonObject { ["code"] = -32601, ["message"] = $"the method {(string?)call["method"]} does not exist/is not available" },
                };
                return Results.Text(error.ToJsonString(), "application/json");
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
