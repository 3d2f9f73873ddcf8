using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Sending;

/// <summary>A fresh Anvil node, client and sender (dev account 0) per test, stopped in TearDown.</summary>
[CancelAfter(60_000)]
public abstract class SenderTestBase
{
    private HttpClient? _http;
    private readonly List<TransactionSender> _senders = [];
    private readonly List<PrivateKey> _keys = [];

    protected AnvilNode Node { get; private set; } = null!;

    protected EthereumRpcClient Client { get; private set; } = null!;

    protected static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    protected virtual AnvilNodeOptions NodeOptions => new();

    /// <summary>Fast polling so tests wait milliseconds, not seconds.</summary>
    protected static TransactionSenderOptions FastSenderOptions => new()
    {
        PollingInterval = TimeSpan.FromMilliseconds(25),
        NonceRevalidationInterval = TimeSpan.FromSeconds(2),
        FeeCacheDuration = TimeSpan.FromMinutes(5),
    };

    [SetUp]
    public async Task StartNodeAsync()
    {
        Node = await AnvilNode.StartAsync(NodeOptions, CancellationToken.None);
        _http = new HttpClient();
        Client = new EthereumRpcClient(_http, TestChain.FastOptions with { Endpoint = Node.Url });
    }

    [TearDown]
    public async Task StopNodeAsync()
    {
        foreach (var sender in _senders)
        {
            await sender.DisposeAsync();
        }
        foreach (var key in _keys)
        {
            key.Dispose();
        }
        // NUnit runs every test of a fixture on one instance.
        _senders.Clear();
        _keys.Clear();
        _http?.Dispose();
        Node?.Dispose();
    }

    /// <summary>A sender for one of Anvil's published dev keys, disposed in TearDown.</summary>
    protected TransactionSender CreateSender(string key, TransactionSenderOptions? options = null)
    {
        var privateKey = PrivateKey.FromHex(key);
        _keys.Add(privateKey);
        var sender = new TransactionSender(Client, privateKey, options ?? FastSenderOptions);
        _senders.Add(sender);
        return sender;
    }
}
