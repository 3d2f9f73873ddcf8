using System.Diagnostics;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Indexer.Bench;

/// <summary>
/// An Anvil node on loopback (1 Bgas blocks, so one multicall carries thousands of calls) with PharmaLedger
/// deployed. <c>--prune-history</c>: Anvil otherwise keeps a copy of the state for each recent block in
/// memory, and with the state of hundreds of thousands of shipments that copy is large: without it the
/// node was killed for lack of memory (24 GB) at about 740,000 events. Blocks, receipts and logs, all the
/// indexer reads, are kept either way.
/// </summary>
internal sealed class BenchChain : IAsyncDisposable
{
    // Anvil's published dev keys (mnemonic "test test ... junk"): public, for dev chains only.
    private const string RegulatorKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string ManufacturerKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private const string WholesalerKey = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

    private readonly Process? _anvil;
    private readonly HttpClient _http = new();
    private readonly List<PrivateKey> _keys = [];

    private BenchChain(Process? anvil, Uri url)
    {
        _anvil = anvil;
        Url = url;
        Client = new EthereumRpcClient(_http, new JsonRpcClientOptions { Endpoint = url, AttemptTimeout = TimeSpan.FromMinutes(5) });
        Regulator = Sender(RegulatorKey);
        Manufacturer = Sender(ManufacturerKey);
        Wholesaler = Sender(WholesalerKey);
    }

    public Uri Url { get; }
    public EthereumRpcClient Client { get; }
    public DeploymentManifest Manifest { get; private set; } = null!;
    public Address Contract => Manifest.Contracts[DeploymentManifest.PharmaLedger];
    public TransactionSender Regulator { get; }
    public TransactionSender Manufacturer { get; }
    public TransactionSender Wholesaler { get; }

    public static async Task<BenchChain> StartAsync(string root, CancellationToken cancellationToken)
    {
        var port = LoopbackPort.Free();
        var binary = Path.Combine(root, "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
        var start = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--hardfork", "prague", "--silent", "--gas-limit", "1000000000", "--disable-code-size-limit", "--balance", "1000000000", "--base-fee", "0", "--prune-history" })
        {
            start.ArgumentList.Add(argument);
        }
        var anvil = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}; run npm ci.");
        var chain = new BenchChain(anvil, new Uri($"http://127.0.0.1:{port}/"));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await chain.Client.GetChainIdAsync(cancellationToken);
                break;
            }
            catch (ChainUnavailableException) when (attempt < 50)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
        var artifact = await HardhatArtifact.LoadAsync(Path.Combine(root, "artifacts", "contracts", "PharmaLedger.sol", "PharmaLedger.json"), cancellationToken);
        object[] founders = [new[] { "DE"u8.ToArray() }, new[] { chain.Regulator.Address }, new[] { 4012345000009UL }, new[] { "BfArM" }];
        chain.Manifest = await ContractDeployer.DeployAsync(chain.Client, chain.Regulator, artifact, founders, cancellationToken);
        return chain;
    }

    /// <summary>A chain another bench process generated and serves (<c>serve</c> mode): its node URL and manifest in <paramref name="directory"/>.</summary>
    public static async Task<BenchChain> AttachAsync(string directory, CancellationToken cancellationToken)
    {
        var url = new Uri((await File.ReadAllTextAsync(Path.Combine(directory, "rpc-url"), cancellationToken)).Trim());
        var chain = new BenchChain(null, url)
        {
            Manifest = await DeploymentManifest.ReadAsync(Path.Combine(directory, "deployment.json"), cancellationToken),
        };
        await chain.Client.GetChainIdAsync(cancellationToken);
        return chain;
    }

    /// <summary>Writes what <see cref="AttachAsync"/> reads.</summary>
    public async Task SaveAsync(string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        await Manifest.WriteAsync(Path.Combine(directory, "deployment.json"), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "rpc-url"), Url.ToString(), cancellationToken);
    }

    public Task<TransactionResult> SendAsync(TransactionSender from, byte[] data, CancellationToken cancellationToken) =>
        from.SendAsync(new TransactionRequest { To = Contract, Data = data }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await Regulator.DisposeAsync();
        await Manufacturer.DisposeAsync();
        await Wholesaler.DisposeAsync();
        foreach (var key in _keys)
        {
            key.Dispose();
        }
        _http.Dispose();
        if (_anvil is null)
        {
            return;
        }
        if (!_anvil.HasExited)
        {
            _anvil.Kill(entireProcessTree: true);
        }
        await _anvil.WaitForExitAsync();
        _anvil.Dispose();
    }

    private TransactionSender Sender(string key)
    {
        var privateKey = PrivateKey.FromHex(key);
        _keys.Add(privateKey);
        return new TransactionSender(Client, privateKey, new TransactionSenderOptions { PollingInterval = TimeSpan.FromMilliseconds(20) });
    }
}
