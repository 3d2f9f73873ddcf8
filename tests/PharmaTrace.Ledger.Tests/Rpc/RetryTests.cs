using System.Diagnostics;
using System.Net;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// Which failures the client retries and which it does not. HTTP faults are injected between the
/// client and a real Anvil node; everything else reaches the node.
/// </summary>
public sealed class RetryTests : AnvilRpcTestBase
{
    private FaultInjectingHandler _faults = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void InsertFaultHandler()
    {
        _faults = new FaultInjectingHandler();
        _http = new HttpClient(_faults);
    }

    [TearDown]
    public void DisposeFaultHandler()
    {
        _http.Dispose();
        _faults.Dispose();
    }

    private EthereumRpcClient FaultyClient(JsonRpcClientOptions? options = null) =>
        new(_http, (options ?? TestChain.FastOptions) with { Endpoint = Node.Url });

    [Test]
    public async Task HTTP_429_is_retried_after_the_Retry_After_delay()
    {
        _faults.FailNext(2, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        var chainId = await FaultyClient().GetChainIdAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.That(chainId, Is.EqualTo(31337UL));
            Assert.That(_faults.Requests, Is.EqualTo(3));
            // Two waits of 300 ms as the header asked, not the 50 ms and 100 ms of the client's own backoff.
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(580)));
        });
    }

    [Test]
    public async Task HTTP_503_is_retried_until_the_node_answers()
    {
        _faults.FailNext(3, HttpStatusCode.ServiceUnavailable);

        var chainId = await FaultyClient().GetChainIdAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.That(chainId, Is.EqualTo(31337UL));
            Assert.That(_faults.Requests, Is.EqualTo(4));
        });
    }

    [Test]
    public void HTTP_503_on_every_attempt_ends_in_ChainUnavailable_after_the_retries()
    {
        _faults.FailNext(10, HttpStatusCode.ServiceUnavailable);

        var error = Assert.ThrowsAsync<ChainUnavailableException>(() => FaultyClient().GetChainIdAsync(Token));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Attempts, Is.EqualTo(TestChain.FastOptions.MaxRetryAttempts + 1));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(error.Method, Is.EqualTo("eth_chainId"));
            Assert.That(_faults.Requests, Is.EqualTo(4));
        });
    }

    [Test]
    public void A_JSON_RPC_error_answer_is_never_retried()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => FaultyClient().Rpc.SendAsync<string>("pharmatrace_noSuchMethod", [], Token));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Code, Is.EqualTo(RpcException.MethodNotFound));
            Assert.That(_faults.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public void A_JSON_RPC_error_sent_with_HTTP_500_is_an_answer_and_not_retried()
    {
        _faults.FailNext(1, HttpStatusCode.InternalServerError,
            body: """{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"header not found"}}""");

        var error = Assert.ThrowsAsync<RpcException>(() => FaultyClient().GetBlockNumberAsync(Token));

        Assert.Multiple(() =>
        {
            Assert.That(error!.RpcMessage, Is.EqualTo("header not found"));
            Assert.That(_faults.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public void HTTP_401_is_not_retried()
    {
        _faults.FailNext(5, HttpStatusCode.Unauthorized);

        var error = Assert.ThrowsAsync<ChainUnavailableException>(() => FaultyClient().GetChainIdAsync(Token));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Attempts, Is.EqualTo(1));
            Assert.That(error.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public void A_Retry_After_longer_than_the_maximum_delay_fails_at_once_instead_of_waiting()
    {
        _faults.FailNext(5, HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromMinutes(5));

        var error = Assert.ThrowsAsync<ChainUnavailableException>(() => FaultyClient().GetChainIdAsync(Token));

        Assert.That(error!.Attempts, Is.EqualTo(1));
    }

    [Test]
    public async Task An_attempt_that_outlasts_its_timeout_is_abandoned_and_retried()
    {
        _faults.DelayNext(TimeSpan.FromSeconds(30));
        var options = TestChain.FastOptions with { AttemptTimeout = TimeSpan.FromMilliseconds(300) };
        var clock = Stopwatch.StartNew();

        var chainId = await FaultyClient(options).GetChainIdAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.That(chainId, Is.EqualTo(31337UL));
            Assert.That(_faults.Requests, Is.EqualTo(2));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        });
    }

    [Test]
    public void The_callers_cancellation_is_not_a_fault_and_is_not_retried()
    {
        _faults.DelayNext(TimeSpan.FromSeconds(30));
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));

        Assert.CatchAsync<OperationCanceledException>(() => FaultyClient().GetChainIdAsync(cancellation.Token));
        Assert.That(_faults.Requests, Is.EqualTo(1));
    }

    [Test]
    public async Task A_batch_is_retried_as_a_whole_on_HTTP_502()
    {
        _faults.FailNext(1, HttpStatusCode.BadGateway);
        var batch = FaultyClient().Rpc.CreateBatch();
        var chainId = batch.Add<ulong>("eth_chainId", []);
        var head = batch.Add<ulong>("eth_blockNumber", []);

        await batch.SendAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.That(chainId.Result, Is.EqualTo(31337UL));
            Assert.That(head.Result, Is.Zero);
            Assert.That(_faults.Requests, Is.EqualTo(2));
        });
    }
}
