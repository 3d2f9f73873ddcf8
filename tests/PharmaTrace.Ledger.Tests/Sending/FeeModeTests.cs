using System.Numerics;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Ledger.Tests.Sending;

/// <summary>
/// The sender takes its fees from the chain, whatever kind of chain it is: EIP-1559 (base fee and tip),
/// legacy gas price (a pre-London chain), or zero fees (a private QBFT network configured free of gas).
/// </summary>
[TestFixture("eip1559")]
[TestFixture("legacy")]
[TestFixture("zero-fee")]
public sealed class FeeModeTests(string mode) : SenderTestBase
{
    protected override AnvilNodeOptions NodeOptions => mode switch
    {
        "legacy" => new AnvilNodeOptions { Hardfork = "berlin" },
        "zero-fee" => new AnvilNodeOptions { ExtraArguments = ["--base-fee", "0", "--gas-price", "0", "--no-priority-fee"] },
        _ => new AnvilNodeOptions(),
    };

    [Test]
    public async Task A_send_is_signed_with_the_fee_kind_of_the_chain_and_mined()
    {
        var sender = CreateSender(AnvilAccounts.Key0);
        var before = await Client.GetBalanceAsync(AnvilAccounts.Account0, BlockParameter.Latest, Token);

        var result = await sender.SendAsync(new TransactionRequest { To = AnvilAccounts.Account1, Value = 1_000 }, Token);

        var mined = await Client.GetTransactionByHashAsync(result.TransactionHash, Token);
        var after = await Client.GetBalanceAsync(AnvilAccounts.Account0, BlockParameter.Latest, Token);
        Assert.That(result.Status, Is.EqualTo(1UL));
        switch (mode)
        {
            case "legacy":
                Assert.That(mined!.Type, Is.EqualTo(0UL));
                Assert.That(mined.GasPrice, Is.GreaterThan(BigInteger.Zero));
                break;
            case "zero-fee":
                Assert.That(mined!.Type, Is.EqualTo(2UL));
                Assert.That(mined.MaxFeePerGas, Is.EqualTo(BigInteger.Zero));
                Assert.That(before - after, Is.EqualTo(new BigInteger(1_000)), "a zero-fee chain charges only the value");
                break;
            default:
                Assert.That(mined!.Type, Is.EqualTo(2UL));
                Assert.That(mined.MaxFeePerGas, Is.GreaterThan(BigInteger.Zero));
                Assert.That(before - after, Is.GreaterThan(new BigInteger(1_000)));
                break;
        }
    }
}
