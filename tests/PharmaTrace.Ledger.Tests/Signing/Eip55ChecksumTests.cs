using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Signing;

public sealed class Eip55ChecksumTests
{
    // Source: EIP-55, "Test Cases" (all caps, all lower, normal).
    private static readonly string[] Eip55Addresses =
    [
        "0x52908400098527886E0F7030069857D2E4169EE7",
        "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
        "0xde709f2102306220921060314715629080e2fb77",
        "0x27b1fdb04752bbc536007a920d24acb045561c26",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
        "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ];

    [TestCaseSource(nameof(Eip55Addresses))]
    public void An_address_prints_with_its_EIP_55_checksum(string checksummed)
    {
        var address = Address.Parse("0x" + checksummed[2..].ToLowerInvariant());
        Assert.That(address.ToString(), Is.EqualTo(checksummed));
    }

    [TestCaseSource(nameof(Eip55Addresses))]
    public void A_checksummed_address_parses(string checksummed)
    {
        Assert.That(Address.TryParse(checksummed, out _), Is.True);
    }

    [Test]
    public void A_mixed_case_address_with_one_letter_flipped_is_refused()
    {
        // 0x5aAeb6...: flip the case of the second letter 'A' to 'a'.
        const string Mistyped = "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        Assert.That(() => Address.Parse(Mistyped), Throws.TypeOf<FormatException>());
    }
}
