using System.Globalization;
using System.Text.Json.Nodes;

namespace PharmaTrace.Indexer.Tests.Following;

/// <summary>
/// A <see cref="JsonRpcProxy"/> in front of Anvil that refuses <c>eth_getLogs</c> over more than
/// <c>limit</c> blocks with EIP-1474's "limit exceeded" (-32005), as hosted providers do.
/// </summary>
public static class RangeLimitingProxy
{
    public static Task<JsonRpcProxy> StartAsync(Uri upstream, ulong limit, CancellationToken cancellationToken) =>
        JsonRpcProxy.StartAsync(upstream, (method, parameters) =>
        {
            if (method != "eth_getLogs")
            {
                return null;
            }
            var filter = parameters![0]!;
            var from = ulong.Parse(((string)filter["fromBlock"]!)[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var to = ulong.Parse(((string)filter["toBlock"]!)[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return to - from + 1 > limit ? new JsonObject { ["code"] = -32005, ["message"] = $"query exceeds max block range {limit}" } : null;
        }, cancellationToken);
}
