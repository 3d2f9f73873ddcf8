using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PharmaTrace.Testing;

/// <summary>
/// A real HTTP JSON-RPC proxy on loopback (Kestrel) in front of a node, for what a test node cannot be
/// made to do (a provider's range limit, a node without a method). Each single call is first offered to
/// the proxy's rule: an error object it returns (<c>code</c> and <c>message</c>) is answered in the node's
/// place; <see langword="null"/> forwards the call. Batches are forwarded unchanged.
/// </summary>
public sealed class JsonRpcProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _upstream = new();
    private int _refused;

    private JsonRpcProxy(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>How many calls the rule answered instead of the node.</summary>
    public int Refused => _refused;

    /// <param name="upstream">The node.</param>
    /// <param name="refuse">The rule: the call's method and params in, an error object or <see langword="null"/> out.</param>
    public static async Task<JsonRpcProxy> StartAsync(Uri upstream, Func<string, JsonNode?, JsonObject?> refuse, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var proxy = new JsonRpcProxy(app);
        app.MapPost("/", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            if (JsonNode.Parse(body) is JsonObject call && refuse((string?)call["method"] ?? "", call["params"]) is { } error)
            {
                Interlocked.Increment(ref proxy._refused);
                var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = call["id"]?.DeepClone(), ["error"] = error };
                return Results.Text(answer.ToJsonString(), "application/json");
            }
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var forwarded = await proxy._upstream.PostAsync(upstream, content, context.RequestAborted);
            return Results.Text(await forwarded.Content.ReadAsStringAsync(context.RequestAborted), "application/json");
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
