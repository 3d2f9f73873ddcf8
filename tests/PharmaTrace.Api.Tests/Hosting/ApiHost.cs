using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;
using PharmaTrace.Api.Demo;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>
/// The API host on a real Kestrel port (127.0.0.1) against a real Anvil (zero fees, as the embedded
/// chain), in Development, with its own data directory: it deploys the ledger, seeds the demo
/// consortium and writes demo-credentials.json, whose keys the tests then use.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    // Mixed mining as the embedded chain (see EmbeddedAnvil): automine alone leaves a transaction that
    // did not fit in its arrival's block in the pool until another arrives (a batch registration's last chunk).
    public static readonly IReadOnlyList<string> ZeroFeeChain = ["--base-fee", "0", "--gas-price", "0", "--gas-limit", "60000000", "--state-interval", "1", "--mixed-mining", "--block-time", "1"];

    private readonly HttpClient _rpcHttp = new();
    private WebApplicationFactory<PharmaTrace.Api.Hosting.ApiSettings> _factory = null!;
    private Func<WebApplicationFactory<PharmaTrace.Api.Hosting.ApiSettings>> _createFactory = null!;

    public AnvilNode Chain { get; private set; } = null!;
    public string DataDirectory { get; private set; } = null!;
    public IReadOnlyList<Credential> Credentials { get; private set; } = [];
    public EthereumRpcClient Rpc { get; private set; } = null!;
    public Address Contract { get; private set; }
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the host (every start of it) logged at warning and above.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The host's services, for tests that drive a service (e.g. the write pipeline) below HTTP.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>The proxy between the host and its chain, when the test asked for refused methods.</summary>
    public JsonRpcProxy? Proxy { get; private set; }

    /// <param name="refusedMethods">RPC methods the host's node answers "method not found" (through <see cref="MethodRefusingProxy"/>).</param>
    public static async Task<ApiHost> StartAsync(CancellationToken cancellationToken, string? writeTimeBudget = null, int? requestsPerSecond = null,
        IReadOnlyCollection<string>? refusedMethods = null)
    {
        var host = new ApiHost { DataDirectory = Directory.CreateTempSubdirectory("pt-api-").FullName };
        host.Chain = await AnvilNode.StartAsync(new AnvilNodeOptions
        {
            StatePath = Path.Combine(host.DataDirectory, "test-chain-state.json"),
            // A fixed genesis timestamp keeps the genesis hash across restarts from the state file (see EmbeddedAnvil).
            ExtraArguments = [.. ZeroFeeChain, "--timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)],
        }, cancellationToken);
        if (refusedMethods is not null)
        {
            host.Proxy = await MethodRefusingProxy.StartAsync(host.Chain.Url, refusedMethods, cancellationToken);
        }
        host._createFactory = () => CreateFactory(host, writeTimeBudget, requestsPerSecond);
        host.StartServer();
        host.Rpc = new EthereumRpcClient(host._rpcHttp, new JsonRpcClientOptions { Endpoint = host.Chain.Url, MaxRetryAttempts = 8 });
        var credentials = Path.Combine(host.DataDirectory, "demo-credentials.json");
        await Eventually.ThatAsync(() => File.Exists(credentials), TimeSpan.FromSeconds(120), "the demo consortium is seeded", cancellationToken);
        host.Credentials = JsonSerializer.Deserialize<List<Credential>>(await File.ReadAllTextAsync(credentials, cancellationToken), JsonSerializerOptions.Web)!;
        var manifest = await DeploymentManifest.ReadAsync(Path.Combine(host.DataDirectory, "deployment.json"), cancellationToken);
        host.Contract = manifest.Contracts[DeploymentManifest.PharmaLedger];
        return host;
    }

    /// <summary>
    /// Stops the host and starts a new one on the same data directory and chain, as a restart of the service does;
    /// it does not wait for anything: the test asks the new host what it needs to know. A host that refuses to
    /// start throws here.
    /// </summary>
    public async Task RestartHostAsync()
    {
        await _factory.DisposeAsync();
        StartServer();
    }

    private void StartServer()
    {
        _factory = _createFactory();
        _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
    }

    private static WebApplicationFactory<PharmaTrace.Api.Hosting.ApiSettings> CreateFactory(ApiHost host, string? writeTimeBudget, int? requestsPerSecond) =>
        new WebApplicationFactory<PharmaTrace.Api.Hosting.ApiSettings>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.ConfigureLogging(logging => logging.AddProvider(host.Logs));
            b.UseSetting("PharmaTrace:DataDirectory", host.DataDirectory);
            b.UseSetting("PharmaTrace:Chain:RpcUrl", (host.Proxy?.Url ?? host.Chain.Url).ToString());
            if (requestsPerSecond is { } rate)
            {
                b.UseSetting("PharmaTrace:Api:RequestsPerSecond", rate.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            if (writeTimeBudget is not null)
            {
                b.UseSetting("PharmaTrace:Api:WriteTimeBudget", writeTimeBudget);
            }
        });

    /// <summary>Kills the chain node (SIGKILL) and starts it again from its state file, its clock set to now.</summary>
    public async Task RestartChainAsync(CancellationToken cancellationToken)
    {
        await Chain.RestartAsync(cancellationToken);
        await Rpc.Rpc.SendAsync<object?>("anvil_setTime", [DateTimeOffset.UtcNow.ToUnixTimeSeconds()], cancellationToken);
    }

    /// <summary>The credential of the demo participant with this role (and country, when several).</summary>
    public Credential Participant(string role, string? country = null) =>
        Credentials.First(c => c.Role == role && (country is null || c.Country == country));

    /// <summary>A client on the real port, with the API key of the participant (none when null).</summary>
    public HttpClient ClientFor(Credential? participant)
    {
        var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(120);
        if (participant is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", participant.ApiKey);
        }
        return client;
    }

    public HttpClient ClientFor(string role, string? country = null) => ClientFor(Participant(role, country));

    /// <summary>A read of the contract at the latest block.</summary>
    public async Task<ReadOnlyMemory<byte>> CallAsync(byte[] data, CancellationToken cancellationToken) =>
        await Rpc.CallAsync(new RpcCallRequest { To = Contract, Data = data }, BlockParameter.Latest, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }
        Chain.Dispose();
        _rpcHttp.Dispose();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held; the temp directory is cleaned by the system.
        }
    }
}
