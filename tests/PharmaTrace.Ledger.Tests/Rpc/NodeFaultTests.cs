using System.Diagnostics;
using System.Net.Http;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>A real Anvil node killed with SIGKILL and started again on the same port.</summary>
public sealed class NodeFaultTests : AnvilRpcTestBase
{
    [Test]
    public async Task A_call_to_a_killed_node_fails_with_ChainUnavailable_within_the_retry_budget()
    {
        await Client.GetChainIdAsync(Token);
        Node.Kill();
        var options = TestChain.FastOptions;
        var budget = (options.MaxRetryAttempts * options.MaxRetryDelay) + ((options.MaxRetryAttempts + 1) * options.AttemptTimeout);
        var clock = Stopwatch.StartNew();

        var error = Assert.ThrowsAsync<ChainUnavailableException>(() => Client.GetChainIdAsync(Token));

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(budget));
            Assert.That(error!.Attempts, Is.EqualTo(options.MaxRetryAttempts + 1));
            Assert.That(error.Endpoint, Is.EqualTo(Node.Url));
            Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>(), "connection refused");
        });
    }

    [Test]
    public async Task The_next_call_after_the_node_restarts_succeeds()
    {
        Node.Kill();
        Assert.ThrowsAsync<ChainUnavailableException>(() => Client.GetBlockNumberAsync(Token));

        await Node.RestartAsync(Token);

        Assert.That(await Client.GetChainIdAsync(Token), Is.EqualTo(31337UL));
    }

    [Test]
    public async Task A_call_made_while_the_node_is_down_succeeds_when_it_returns_within_the_retry_budget()
    {
        Node.Kill();
        using var http = new HttpClient();
        var patient = new EthereumRpcClient(http, new JsonRpcClientOptions
        {
            Endpoint = Node.Url,
            AttemptTimeout = TimeSpan.FromSeconds(2),
            MaxRetryAttempts = 20,
            RetryBaseDelay = TimeSpan.FromMilliseconds(100),
            MaxRetryDelay = TimeSpan.FromMilliseconds(500),
        });

        var call = patient.GetChainIdAsync(Token);
        await Node.RestartAsync(Token);

        Assert.That(await call, Is.EqualTo(31337UL));
    }
}
