using System.Net;
using System.Text;
using System.Text.Json;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// How a single call's answer is read: envelope and result in one pass. The answers are scripted at the HTTP seam,
/// since no node sends escaped hex or a wrong id; the node's own answers are read in every other Rpc test.
/// </summary>
public sealed class AnswerParsingTests
{
    private const string Hash = "0x1111111111111111111111111111111111111111111111111111111111111111";
    private const string Topic = "0xdddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd";

    private static readonly RpcLogFilter Filter = new() { FromBlock = 1, ToBlock = 2 };

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [Test]
    public async Task Logs_are_read_whether_their_hex_is_escaped_or_not_and_whatever_the_length_of_their_data()
    {
        var longData = "0x" + string.Concat(Enumerable.Range(0, 700).Select(i => (i % 256).ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        // \u0030 is '0' and \u0078 is 'x': JSON allows any character escaped.
        var escapedHash = "\\u0030\\u0078" + Hash[2..].Replace("1", "\\u0031", StringComparison.Ordinal);
        var answer = $$"""
            {"jsonrpc":"2.0","id":1,"result":[
              {"address":"0x00000000000000000000000000000000000000aa","topics":["{{Topic}}"],"data":"0x0102","logIndex":"0x0","transactionHash":"{{escapedHash}}","transactionIndex":"0x0","blockNumber":"0x1","blockHash":"{{Hash}}","removed":false},
              {"address":"0x00000000000000000000000000000000000000aa","topics":[],"data":"{{longData}}","logIndex":"0x1","transactionHash":"{{Hash}}","transactionIndex":"0x0","blockNumber":"0x1","blockHash":"{{Hash}}","removed":false}]}
            """;

        var logs = await ClientAnswering(answer).GetLogsAsync(Filter, Token);

        Assert.Multiple(() =>
        {
            Assert.That(logs, Has.Count.EqualTo(2));
            Assert.That(logs[0].TransactionHash, Is.EqualTo(Hash32.Parse(Hash)));
            Assert.That(logs[0].Topics, Is.EqualTo(new[] { Hash32.Parse(Topic) }));
            Assert.That(logs[0].Data.ToArray(), Is.EqualTo(new byte[] { 1, 2 }));
            Assert.That(logs[1].Data.ToArray(), Is.EqualTo(Enumerable.Range(0, 700).Select(i => (byte)i).ToArray()), "1,400 hex digits: past the stack buffer");
        });
    }

    [Test]
    public void A_result_of_the_wrong_shape_is_a_shape_error_naming_the_method()
    {
        var answer = $$"""{"jsonrpc":"2.0","id":1,"result":[{"address":"0x00000000000000000000000000000000000000aa","topics":["0x12"],"data":"0x","logIndex":"0x0","transactionHash":"{{Hash}}","transactionIndex":"0x0","blockNumber":"0x1","blockHash":"{{Hash}}"}]}""";

        var error = Assert.ThrowsAsync<JsonException>(() => ClientAnswering(answer).GetLogsAsync(Filter, Token));

        Assert.That(error!.Message, Does.Contain("The result of eth_getLogs does not have the shape").And.Contain("'0x12' is not a 32-byte hash"));
    }

    [TestCase("""{"jsonrpc":"2.0","id":7,"result":"0x1"}""", "the answer has id 7, not 1")]
    [TestCase("""{"jsonrpc":"2.0","id":1}""", "neither result nor error")]
    [TestCase("""{"jsonrpc":"2.0","id":1,"result":"0x1" """, "not a JSON-RPC response")]
    public void An_answer_that_is_not_this_calls_response_makes_the_node_unusable(string answer, string reason)
    {
        var error = Assert.ThrowsAsync<ChainUnavailableException>(() => ClientAnswering(answer).GetBlockNumberAsync(Token));

        Assert.That(error!.Message, Does.Contain(reason));
    }

    [Test]
    public async Task A_null_result_is_null_and_an_error_is_the_nodes_error()
    {
        Assert.That(await ClientAnswering("""{"jsonrpc":"2.0","id":1,"result":null}""").GetBlockByNumberAsync(BlockParameter.FromNumber(9), Token), Is.Null);
        var error = Assert.ThrowsAsync<RpcException>(() => ClientAnswering("""{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"header not found"}}""").GetBlockNumberAsync(Token));
        Assert.That(error!.RpcMessage, Is.EqualTo("header not found"));
    }

    private static EthereumRpcClient ClientAnswering(string answer) =>
        new(new HttpClient(new ScriptedAnswer(answer)), TestChain.FastOptions with { Endpoint = new Uri("http://127.0.0.1:9/") });

    private sealed class ScriptedAnswer(string answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") });
    }
}
