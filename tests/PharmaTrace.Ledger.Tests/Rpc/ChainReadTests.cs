using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>Reads of chain state against a real Anvil node.</summary>
public sealed class ChainReadTests : AnvilRpcTestBase
{
    private static readonly BigInteger TenThousandEther = BigInteger.Parse("10000000000000000000000");

    [Test]
    public async Task Chain_id_of_anvil_is_31337()
    {
        Assert.That(await Client.GetChainIdAsync(Token), Is.EqualTo(31337UL));
    }

    [Test]
    public async Task Net_version_is_the_chain_id_in_decimal()
    {
        Assert.That(await Client.GetNetworkVersionAsync(Token), Is.EqualTo("31337"));
    }

    [Test]
    public async Task Block_number_starts_at_zero_and_grows_by_one_per_automined_transaction()
    {
        Assert.That(await Client.GetBlockNumberAsync(Token), Is.Zero);

        await TestChain.SendFromDevAccountAsync(Client, new RpcCallRequest { From = AnvilAccounts.Account0, To = AnvilAccounts.Account1, Value = 1 }, Token);

        Assert.That(await Client.GetBlockNumberAsync(Token), Is.EqualTo(1UL));
    }

    [Test]
    public async Task Each_dev_account_holds_ten_thousand_ether()
    {
        foreach (var account in AnvilAccounts.All)
        {
            Assert.That(await Client.GetBalanceAsync(account, BlockParameter.Latest, Token), Is.EqualTo(TenThousandEther), account.ToString());
        }
    }

    [Test]
    public async Task A_balance_at_an_earlier_block_is_the_balance_before_the_transfer()
    {
        await TestChain.SendFromDevAccountAsync(Client, new RpcCallRequest { From = AnvilAccounts.Account0, To = AnvilAccounts.Account1, Value = 5 }, Token);

        Assert.Multiple(async () =>
        {
            Assert.That(await Client.GetBalanceAsync(AnvilAccounts.Account1, BlockParameter.FromNumber(0), Token), Is.EqualTo(TenThousandEther));
            Assert.That(await Client.GetBalanceAsync(AnvilAccounts.Account1, BlockParameter.Latest, Token), Is.EqualTo(TenThousandEther + 5));
        });
    }

    [Test]
    public async Task A_block_read_by_number_and_by_hash_is_the_same_block_chained_to_its_parent()
    {
        var transaction = await TestChain.SendFromDevAccountAsync(Client, new RpcCallRequest { From = AnvilAccounts.Account0, To = AnvilAccounts.Account1, Value = 1 }, Token);
        var genesis = await Client.GetBlockByNumberAsync(BlockParameter.Earliest, Token);
        var byNumber = await Client.GetBlockByNumberAsync(1UL, Token);
        Assert.That(byNumber, Is.Not.Null);
        var byHash = await Client.GetBlockByHashAsync(byNumber!.Hash, Token);

        Assert.Multiple(() =>
        {
            Assert.That(byHash, Is.EqualTo(byNumber).Using<RpcBlock>(SameHeader));
            Assert.That(byNumber.Number, Is.EqualTo(1UL));
            Assert.That(byNumber.ParentHash, Is.EqualTo(genesis!.Hash));
            Assert.That(byNumber.Timestamp, Is.GreaterThanOrEqualTo(genesis.Timestamp));
            Assert.That(byNumber.GasLimit, Is.EqualTo(30_000_000UL), "Anvil's default block gas limit");
            Assert.That(byNumber.BaseFeePerGas, Is.Not.Null.And.GreaterThan(BigInteger.Zero));
            Assert.That(byNumber.TransactionHashes, Is.EqualTo(new[] { transaction }));
        });
    }

    [Test]
    public async Task A_block_beyond_the_head_is_null()
    {
        Assert.That(await Client.GetBlockByNumberAsync(1_000UL, Token), Is.Null);
    }

    [Test]
    public async Task An_unknown_block_hash_is_null()
    {
        Assert.That(await Client.GetBlockByHashAsync(Hash32.Keccak([1, 2, 3]), Token), Is.Null);
    }

    [Test]
    public async Task Code_of_an_account_without_a_contract_is_empty()
    {
        var code = await Client.GetCodeAsync(AnvilAccounts.Account0, BlockParameter.Latest, Token);
        Assert.That(code.Length, Is.Zero);
    }

    [Test]
    public async Task Eth_call_returns_the_output_of_the_identity_precompile()
    {
        // Precompile 0x04 (Yellow Paper, appendix E) returns its input unchanged.
        var identity = Address.Parse("0x0000000000000000000000000000000000000004");
        byte[] input = [0xca, 0xfe, 0xba, 0xbe];

        var output = await Client.CallAsync(new RpcCallRequest { To = identity, Data = input }, BlockParameter.Latest, Token);

        Assert.That(output.ToArray(), Is.EqualTo(input));
    }

    private static bool SameHeader(RpcBlock a, RpcBlock b) =>
        a.Number == b.Number && a.Hash == b.Hash && a.ParentHash == b.ParentHash && a.Timestamp == b.Timestamp
        && a.GasLimit == b.GasLimit && a.BaseFeePerGas == b.BaseFeePerGas && a.TransactionHashes.SequenceEqual(b.TransactionHashes);
}
