using System.Numerics;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// Nodes that lack fee methods, or blocks without a base fee, simulated by canned answers in
/// front of a real Anvil node.
/// </summary>
public sealed class FeeFallbackTests : AnvilRpcTestBase
{
    private const string MethodNotFound = """
        "error":{"code":-32601,"message":"the method does not exist/is not available"}
        """;

    private FaultInjectingHandler _node = null!;
    private HttpClient _http = null!;
    private EthereumRpcClient _client = null!;

    [SetUp]
    public void InsertCannedAnswers()
    {
        _node = new FaultInjectingHandler();
        _http = new HttpClient(_node);
        _client = new EthereumRpcClient(_http, TestChain.FastOptions with { Endpoint = Node.Url });
    }

    [TearDown]
    public void DisposeCannedAnswers()
    {
        _http.Dispose();
        _node.Dispose();
    }

    [Test]
    public async Task Without_eth_maxPriorityFeePerGas_the_median_tip_of_fee_history_is_used()
    {
        _node.Answer("eth_maxPriorityFeePerGas", MethodNotFound);
        _node.Answer("eth_feeHistory", """
            "result":{"oldestBlock":"0x10","baseFeePerGas":["0x0","0x0","0x0","0x0"],"gasUsedRatio":[0.1,0.2,0.3],"reward":[["0x1"],["0x3"],["0x2"]]}
            """);

        Assert.That(await _client.GetMaxPriorityFeePerGasAsync(Token), Is.EqualTo(new BigInteger(2)));
    }

    [Test]
    public async Task Without_either_fee_method_the_tip_is_zero()
    {
        _node.Answer("eth_maxPriorityFeePerGas", MethodNotFound);
        _node.Answer("eth_feeHistory", MethodNotFound);

        Assert.That(await _client.GetMaxPriorityFeePerGasAsync(Token), Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public async Task A_fee_history_without_rewards_gives_a_zero_tip()
    {
        _node.Answer("eth_maxPriorityFeePerGas", MethodNotFound);
        _node.Answer("eth_feeHistory", """
            "result":{"oldestBlock":"0x0","baseFeePerGas":[],"gasUsedRatio":[]}
            """);

        Assert.That(await _client.GetMaxPriorityFeePerGasAsync(Token), Is.EqualTo(BigInteger.Zero));
    }

    [Test]
    public async Task A_block_without_a_base_fee_reads_as_null()
    {
        // A pre-London header (execution-apis: baseFeePerGas is absent before EIP-1559).
        _node.Answer("eth_getBlockByNumber", """
            "result":{"number":"0x5","hash":"0x1111111111111111111111111111111111111111111111111111111111111111","parentHash":"0x2222222222222222222222222222222222222222222222222222222222222222","timestamp":"0x5f5e100","gasLimit":"0x7a1200","gasUsed":"0x0","transactions":[]}
            """);

        var block = await _client.GetBlockByNumberAsync(5UL, Token);

        Assert.Multiple(() =>
        {
            Assert.That(block!.BaseFeePerGas, Is.Null);
            Assert.That(block.Number, Is.EqualTo(5UL));
            Assert.That(block.Timestamp, Is.EqualTo(100_000_000UL));
            Assert.That(block.GasLimit, Is.EqualTo(8_000_000UL));
        });
    }

    [Test]
    public async Task The_node_is_still_asked_for_methods_without_canned_answers()
    {
        _node.Answer("eth_maxPriorityFeePerGas", MethodNotFound);

        Assert.That(await _client.GetChainIdAsync(Token), Is.EqualTo(31337UL));
    }
}
