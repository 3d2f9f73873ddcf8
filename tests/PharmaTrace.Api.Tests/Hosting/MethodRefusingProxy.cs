using System.Text.Json.Nodes;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>
/// A <see cref="JsonRpcProxy"/> in front of Anvil that answers "method not found" (-32601) for some
/// methods, as a node without them does (Besu has no <c>eth_sendRawTransactionSync</c>).
/// </summary>
public static class MethodRefusingProxy
{
    public static Task<JsonRpcProxy> StartAsync(Uri upstream, IReadOnlyCollection<string> refused, CancellationToken cancellationToken) =>
        JsonRpcProxy.StartAsync(upstream, (method, _) => refused.Contains(method)
            ? new JsonObject { ["code"] = -32601, ["message"] = $"the method {method} does not exist/is not available" }
            : null, cancellationToken);
}
