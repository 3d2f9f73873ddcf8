using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Primitives;

public sealed class AddressTests
{
    // EIP-55, "Test Cases": all caps, all lower and mixed-case checksummed addresses.
    [TestCase("0x52908400098527886E0F7030069857D2E4169EE7")]
    [TestCase("0x8617E340B3D01FA5F11F306F4090FD50E238070D")]
    [TestCase("0xde709f2102306220921060314715629080e2fb77")]
    [TestCase("0x27b1fdb04752bbc536007a920d24acb045561c26")]
    [TestCase("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [TestCase("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")]
    [TestCase("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB")]
    [TestCase("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb")]
    public void The_eip55_vector_formats_as_itself(string checksummed)
    {
        var address = Address.Parse(checksummed);
        Assert.That(address.ToChecksumString(), Is.EqualTo(checksummed));
    }

    [Test]
    public void Lower_and_upper_case_text_parse_without_a_checksum()
    {
        var lower = Address.Parse("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        var upper = Address.Parse("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED");
        Assert.Multiple(() =>
        {
            Assert.That(upper, Is.EqualTo(lower));
            Assert.That(lower.ToString(), Is.EqualTo("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
            Assert.That(lower.ToLowerHexString(), Is.EqualTo("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"));
        });
    }

    [Test]
    public void Mixed_case_with_a_wrong_checksum_is_refused()
    {
        // One letter's case flipped from the EIP-55 vector 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed.
        const string text = "0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        Assert.Multiple(() =>
        {
            Assert.That(() => Address.Parse(text), Throws.TypeOf<FormatException>().With.Message.Contains("EIP-55"));
            Assert.That(Address.TryParse(text, out _), Is.False);
        });
    }

    [TestCase("5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "no 0x prefix")]
    [TestCase("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea", "19 bytes")]
    [TestCase("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00", "21 bytes")]
    [TestCase("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beagg", "a character that is not hex")]
    [TestCase("", "nothing")]
    public void Text_that_is_not_an_address_is_refused(string text, string problem)
    {
        Assert.That(Address.TryParse(text, out _), Is.False, problem);
    }

    [Test]
    public void An_address_is_made_of_exactly_20_bytes()
    {
        var bytes = Hex.Decode("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed");
        Assert.Multiple(() =>
        {
            Assert.That(new Address(bytes).ToArray(), Is.EqualTo(bytes));
            Assert.That(() => new Address(new byte[19]), Throws.ArgumentException);
            Assert.That(default(Address), Is.EqualTo(Address.Zero));
            Assert.That(Address.Zero.ToString(), Is.EqualTo("0x0000000000000000000000000000000000000000"));
        });
    }
}
