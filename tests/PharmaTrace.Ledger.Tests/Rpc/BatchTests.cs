using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>JSON-RPC 2.0 batches (section 6) against a real Anvil node.</summary>
public sealed class BatchTests : AnvilRpcTestBase
{
    [Test]
    public async Task A_batch_answers_each_call_with_its_own_result()
    {
        var batch = Client.Rpc.CreateBatch();
        var chainId = batch.Add<ulong>("eth_chainId", []);
        var head = batch.Add<ulong>("eth_blockNumber", []);
        var balance = batch.Add<BigInteger>("eth_getBalance", [AnvilAccounts.All[3], BlockParameter.Latest]);
        var genesis = batch.Add<RpcBlock>("eth_getBlockByNumber", [BlockParameter.Earliest, false]);

        await batch.SendAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.That(chainId.Result, Is.EqualTo(31337UL));
            Assert.That(head.Result, Is.Zero);
            Assert.That(balance.Result, Is.EqualTo(BigInteger.Parse("10000000000000000000000")));
            Assert.That(genesis.Result?.Number, Is.Zero);
        });
    }

    [Test]
    public async Task A_failing_call_in_a_batch_fails_alone()
    {
        var batch = Client.Rpc.CreateBatch();
        var before = batch.Add<ulong>("eth_chainId", []);
        var unknown = batch.Add<string>("pharmatrace_noSuchMethod", []);
        var after = batch.Add<string>("net_version", []);

        await batch.SendAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.That(before.Result, Is.EqualTo(31337UL));
            Assert.That(after.Result, Is.EqualTo("31337"));
            var error = Assert.Throws<RpcException>(() => _ = unknown.Result);
            Assert.That(error!.Code, Is.EqualTo(RpcException.MethodNotFound));
        });
    }

    [Test]
    public void A_batch_item_read_before_sending_is_refused()
    {
        var batch = Client.Rpc.CreateBatch();
        var chainId = batch.Add<ulong>("eth_chainId", []);

        Assert.Throws<InvalidOperationException>(() => _ = chainId.Result);
    }

    [Test]
    public void An_empty_batch_is_refused()
    {
        Assert.ThrowsAsync<InvalidOperationException>(() => Client.Rpc.CreateBatch().SendAsync(Token));
    }

    [Test]
    public async Task A_batch_is_sent_once()
    {
        var batch = Client.Rpc.CreateBatch();
        batch.Add<ulong>("eth_chainId", []);
        await batch.SendAsync(Token);

        Assert.Multiple(() =>
        {
            Assert.ThrowsAsync<InvalidOperationException>(() => batch.SendAsync(Token));
            Assert.Throws<InvalidOperationException>(() => batch.Add<ulong>("eth_blockNumber", []));
        });
    }

    [Test]
    public async Task The_generic_method_reads_a_callers_own_type_with_the_spec_encodings()
    {
        // StateRootHeader is not in the library's source-generated context: reflection reads it,
        // with the same hex converters.
        var header = await Client.Rpc.SendAsync<StateRootHeader>("eth_getBlockByNumber", [BlockParameter.Earliest, false], Token);

        Assert.Multiple(() =>
        {
            Assert.That(header!.Number, Is.Zero);
            Assert.That(header.StateRoot, Is.Not.EqualTo(Hash32.Zero));
            Assert.That(header.Miner, Is.EqualTo(Address.Zero));
        });
    }

    public sealed record StateRootHeader(ulong Number, Hash32 StateRoot, Address Miner);
}
