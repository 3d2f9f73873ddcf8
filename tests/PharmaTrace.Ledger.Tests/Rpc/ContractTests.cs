using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>Calls, reverts, code and logs of hand-written contracts on a real Anvil node.</summary>
public sealed class ContractTests : AnvilRpcTestBase
{
    // A custom error as our contracts declare them: ParticipantSuspended(address participant),
    // ABI-encoded (selector, then the address left-padded to 32 bytes).
    private static readonly byte[] SuspendedError =
    [
        .. EvmBytecode.Selector("ParticipantSuspended(address)"),
        .. new byte[12],
        .. AnvilAccounts.Account1.ToArray(),
    ];

    private static readonly Hash32 ShipmentTopic = Hash32.Keccak("ShipmentDispatched(bytes)"u8);

    [Test]
    public async Task Eth_call_to_a_reverting_contract_throws_with_the_exact_revert_bytes()
    {
        var contract = await TestChain.DeployAsync(Client, EvmBytecode.RevertWith(SuspendedError), Token);

        var revert = Assert.ThrowsAsync<ExecutionRevertedException>(
            () => Client.CallAsync(new RpcCallRequest { To = contract, Data = new byte[] { 1, 2, 3, 4 } }, BlockParameter.Latest, Token));

        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(revert!.RevertData.Span), Is.EqualTo(Hex.Encode(SuspendedError)));
            Assert.That(revert.Method, Is.EqualTo("eth_call"));
        });
    }

    [Test]
    public async Task Estimating_gas_of_a_reverting_transaction_throws_with_the_revert_bytes()
    {
        var contract = await TestChain.DeployAsync(Client, EvmBytecode.RevertWith(SuspendedError), Token);

        var revert = Assert.ThrowsAsync<ExecutionRevertedException>(
            () => Client.EstimateGasAsync(new RpcCallRequest { From = AnvilAccounts.Account0, To = contract }, null, Token));

        Assert.That(revert!.RevertData.ToArray(), Is.EqualTo(SuspendedError));
    }

    [Test]
    public async Task A_bare_revert_throws_with_empty_revert_data()
    {
        var contract = await TestChain.DeployAsync(Client, EvmBytecode.RevertWith([]), Token);

        var revert = Assert.ThrowsAsync<ExecutionRevertedException>(
            () => Client.CallAsync(new RpcCallRequest { To = contract }, BlockParameter.Latest, Token));

        Assert.That(revert!.RevertData.Length, Is.Zero);
    }

    [Test]
    public async Task Code_of_a_deployed_contract_is_its_runtime_code()
    {
        var runtime = EvmBytecode.RevertWith(SuspendedError);
        var contract = await TestChain.DeployAsync(Client, runtime, Token);

        var code = await Client.GetCodeAsync(contract, BlockParameter.Latest, Token);

        Assert.That(code.ToArray(), Is.EqualTo(runtime));
    }

    [Test]
    public async Task Estimating_gas_of_a_plain_transfer_gives_21000()
    {
        var gas = await Client.EstimateGasAsync(
            new RpcCallRequest { From = AnvilAccounts.Account0, To = AnvilAccounts.Account1, Value = 1 }, BlockParameter.Latest, Token);

        Assert.That(gas, Is.EqualTo(21_000UL));
    }

    [Test]
    public async Task Get_logs_finds_an_emitted_log_by_address_and_topic_as_the_receipt_has_it()
    {
        var emitter = await TestChain.DeployAsync(Client, EvmBytecode.EmitLog(ShipmentTopic.ToArray()), Token);
        byte[] payload = [0x01, 0x02, 0x03];
        var hash = await TestChain.SendFromDevAccountAsync(Client, new RpcCallRequest { From = AnvilAccounts.Account0, To = emitter, Data = payload }, Token);
        var receipt = await TestChain.WaitForReceiptAsync(Client, hash, Token);

        var logs = await Client.GetLogsAsync(
            new RpcLogFilter { FromBlock = BlockParameter.Earliest, ToBlock = BlockParameter.Latest, Addresses = [emitter], Topics = [[ShipmentTopic]] },
            Token);

        Assert.That(logs, Has.Count.EqualTo(1));
        var log = logs[0];
        Assert.Multiple(() =>
        {
            Assert.That(log.Address, Is.EqualTo(emitter));
            Assert.That(log.Topics, Is.EqualTo(new[] { ShipmentTopic }));
            Assert.That(log.Data.ToArray(), Is.EqualTo(payload));
            Assert.That(log.TransactionHash, Is.EqualTo(hash));
            Assert.That(log.BlockNumber, Is.EqualTo(receipt.BlockNumber));
            Assert.That(log.BlockHash, Is.EqualTo(receipt.BlockHash));
            Assert.That(log.LogIndex, Is.Zero);
            Assert.That(log.Removed, Is.False);
            Assert.That(receipt.Logs, Has.Count.EqualTo(1));
            Assert.That(receipt.Logs[0].Data.ToArray(), Is.EqualTo(payload));
            Assert.That(receipt.Logs[0].Topics, Is.EqualTo(log.Topics));
        });
    }

    [Test]
    public async Task Get_logs_by_block_hash_finds_the_same_log()
    {
        var emitter = await TestChain.DeployAsync(Client, EvmBytecode.EmitLog(ShipmentTopic.ToArray()), Token);
        var hash = await TestChain.SendFromDevAccountAsync(Client, new RpcCallRequest { From = AnvilAccounts.Account0, To = emitter }, Token);
        var receipt = await TestChain.WaitForReceiptAsync(Client, hash, Token);

        var logs = await Client.GetLogsAsync(new RpcLogFilter { BlockHash = receipt.BlockHash }, Token);

        Assert.That(logs.Select(l => l.TransactionHash), Is.EqualTo(new[] { hash }));
    }

    [Test]
    public async Task Get_logs_with_another_topic_or_address_finds_nothing()
    {
        var emitter = await TestChain.DeployAsync(Client, EvmBytecode.EmitLog(ShipmentTopic.ToArray()), Token);
        await TestChain.SendFromDevAccountAsync(Client, new RpcCallRequest { From = AnvilAccounts.Account0, To = emitter }, Token);
        var everything = new RpcLogFilter { FromBlock = BlockParameter.Earliest, ToBlock = BlockParameter.Latest };

        Assert.Multiple(async () =>
        {
            Assert.That(await Client.GetLogsAsync(everything with { Topics = [[Hash32.Keccak("Other()"u8)]] }, Token), Is.Empty);
            Assert.That(await Client.GetLogsAsync(everything with { Addresses = [AnvilAccounts.Account2] }, Token), Is.Empty);
            // A null position matches any topic; a second position the log lacks matches nothing.
            Assert.That(await Client.GetLogsAsync(everything with { Topics = [null] }, Token), Has.Count.EqualTo(1));
            Assert.That(await Client.GetLogsAsync(everything with { Topics = [null, [ShipmentTopic]] }, Token), Is.Empty);
        });
    }

    [Test]
    public void A_log_filter_with_both_a_block_hash_and_a_range_is_refused()
    {
        var filter = new RpcLogFilter { BlockHash = Hash32.Zero, FromBlock = BlockParameter.Earliest };

        Assert.ThrowsAsync<ArgumentException>(() => Client.GetLogsAsync(filter, Token));
    }
}
