using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Tests.Signing;

/// <summary>The published dev keys every test signs with derive the addresses Anvil funds (as Anvil prints them at start).</summary>
public sealed class DevAccountKeyTests
{
    [TestCase(AnvilAccounts.Key0, 0)]
    [TestCase(AnvilAccounts.Key1, 1)]
    [TestCase(AnvilAccounts.Key2, 2)]
    public void Each_dev_key_derives_its_funded_address(string key, int index)
    {
        using var privateKey = PrivateKey.FromHex(key);

        Assert.That(privateKey.Address, Is.EqualTo(AnvilAccounts.All[index]));
    }
}
