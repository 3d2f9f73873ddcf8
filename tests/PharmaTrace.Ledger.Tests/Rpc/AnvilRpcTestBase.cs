using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// A fresh Anvil node and client for every test, so tests never see each other's blocks or
/// nonces; the node is stopped in TearDown whatever the outcome.
/// </summary>
[CancelAfter(60_000)]
public abstract class AnvilRpcTestBase
{
    private HttpClient? _http;

    protected AnvilNode Node { get; private set; } = null!;

    protected EthereumRpcClient Client { get; private set; } = null!;

    /// <summary>The test's cancellation token (cancelled after 60 s).</summary>
    protected static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    /// <summary>Anvil options of the fixture; override for --no-mining, --base-fee 0 and the like.</summary>
    protected virtual AnvilNodeOptions NodeOptions => new();

    [SetUp]
    public async Task StartNodeAsync()
    {
        Node = await AnvilNode.StartAsync(NodeOptions, CancellationToken.None);
        _http = new HttpClient();
        Client = new EthereumRpcClient(_http, TestChain.FastOptions with { Endpoint = Node.Url });
    }

    [TearDown]
    public void StopNode()
    {
        _http?.Dispose();
        Node?.Dispose();
    }
}
