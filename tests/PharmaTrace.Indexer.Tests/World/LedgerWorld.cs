using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Indexer.Tests.World;

/// <summary>A real Anvil chain with PharmaLedger deployed (one-country consortium DE, regulator = dev account 0) and funded actors.</summary>
public sealed class LedgerWorld : IAsyncDisposable
{
    public static readonly JsonRpcClientOptions FastRpc = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(10),
        MaxRetryAttempts = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = TimeSpan.FromMilliseconds(500),
    };

    private static readonly TransactionSenderOptions FastSender = new()
    {
        PollingInterval = TimeSpan.FromMilliseconds(20),
        NonceRevalidationInterval = TimeSpan.FromSeconds(2),
        FeeCacheDuration = TimeSpan.FromMinutes(5),
    };

    private readonly HttpClient _http = new();
    private readonly List<TransactionSender> _senders = [];
    private readonly List<PrivateKey> _keys = [];

    private LedgerWorld(AnvilNode node)
    {
        Node = node;
        Client = new EthereumRpcClient(_http, FastRpc with { Endpoint = node.Url });
    }

    public AnvilNode Node { get; }

    public EthereumRpcClient Client { get; }

    public DeploymentManifest Manifest { get; private set; } = null!;

    public Address Contract => Manifest.Contracts[DeploymentManifest.PharmaLedger];

    /// <summary>The DE regulator (dev account 0), the deployer.</summary>
    public TransactionSender Regulator { get; private set; } = null!;

    public static async Task<LedgerWorld> StartAsync(CancellationToken cancellationToken, AnvilNodeOptions? options = null)
    {
        var world = new LedgerWorld(await AnvilNode.StartAsync(options, cancellationToken));
        try
        {
            world.Regulator = world.Sender(PrivateKey.FromHex(AnvilAccounts.Key0));
            world.Manifest = await LedgerFixture.DeployAsync(world.Client, world.Regulator, cancellationToken);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new account with 100 ether, and a sender for it.</summary>
    public async Task<TransactionSender> NewAccountAsync(CancellationToken cancellationToken)
    {
        var key = PrivateKey.Generate();
        await Client.Rpc.SendAsync<string>("anvil_setBalance", [key.Address, "0x56bc75e2d63100000"], cancellationToken);
        return Sender(key);
    }

    /// <summary>A new sender for the same account: after <c>evm_revert</c> the old one's nonce is ahead of the chain.</summary>
    public TransactionSender Renew(TransactionSender old)
    {
        ArgumentNullException.ThrowIfNull(old);
        var key = _keys.Last(k => k.Address == old.Address);
        var sender = new TransactionSender(Client, key, FastSender);
        _senders.Add(sender);
        return sender;
    }

    public Task<TransactionResult> SendAsync(TransactionSender from, byte[] data, CancellationToken cancellationToken) =>
        from.SendAsync(new TransactionRequest { To = Contract, Data = data }, cancellationToken);

    public async Task<ReadOnlyMemory<byte>> CallAsync(byte[] data, CancellationToken cancellationToken) =>
        await Client.CallAsync(new RpcCallRequest { To = Contract, Data = data }, BlockParameter.Latest, cancellationToken);

    /// <summary><c>evm_snapshot</c>: the id to revert to.</summary>
    public Task<string?> SnapshotAsync(CancellationToken cancellationToken) => Client.Rpc.SendAsync<string>("evm_snapshot", [], cancellationToken);

    /// <summary><c>evm_revert</c>: drops every block after the snapshot; the next transactions mine a competing branch.</summary>
    public async Task RevertAsync(string snapshot, CancellationToken cancellationToken)
    {
        var reverted = await Client.Rpc.SendAsync<bool>("evm_revert", [snapshot], cancellationToken);
        Assert.That(reverted, Is.True, "evm_revert");
    }

    public async Task<ulong> HeadAsync(CancellationToken cancellationToken) => await Client.GetBlockNumberAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var sender in _senders)
        {
            await sender.DisposeAsync();
        }
        foreach (var key in _keys)
        {
            key.Dispose();
        }
        _http.Dispose();
        Node.Dispose();
    }

    private TransactionSender Sender(PrivateKey key)
    {
        _keys.Add(key);
        var sender = new TransactionSender(Client, key, FastSender);
        _senders.Add(sender);
        return sender;
    }
}
