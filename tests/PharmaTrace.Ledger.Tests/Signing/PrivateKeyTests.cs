using System.Reflection;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Tests.Signing;

public sealed class PrivateKeyTests
{
    // Source: Hardhat and Anvil's default mnemonic "test test ... junk", account #0.
    private const string HardhatKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private const string HardhatAddress0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    // Source: the key of EIP-155's example transaction; its sender is the address ethers and geth report.
    private const string Eip155Key = "0x4646464646464646464646464646464646464646464646464646464646464646";
    private const string Eip155Address = "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F";

    // secp256k1's group order n (SEC 2 v2, section 2.4.1).
    private const string N = "fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141";

    [TestCase(HardhatKey0, HardhatAddress0)]
    [TestCase(Eip155Key, Eip155Address)]
    public void The_address_is_the_tail_of_the_keccak_of_the_public_key(string key, string address)
    {
        using var privateKey = PrivateKey.FromHex(key);
        Assert.That(privateKey.Address.ToString(), Is.EqualTo(address));
    }

    [Test]
    public void The_public_key_is_64_bytes_and_gives_the_same_address()
    {
        using var privateKey = PrivateKey.FromHex(HardhatKey0);
        var publicKey = privateKey.PublicKey.ToBytes();
        Assert.Multiple(() =>
        {
            Assert.That(publicKey, Has.Length.EqualTo(64));
            Assert.That(PublicKey.FromBytes(publicKey).Address, Is.EqualTo(privateKey.Address));
            Assert.That(PublicKey.FromBytes([0x04, .. publicKey]), Is.EqualTo(privateKey.PublicKey));
        });
    }

    [Test]
    public void A_point_off_the_curve_or_at_infinity_is_not_a_public_key()
    {
        using var key = PrivateKey.FromHex(HardhatKey0);
        var offCurve = key.PublicKey.ToBytes();
        offCurve[^1] ^= 1;
        Assert.Multiple(() =>
        {
            Assert.That(() => PublicKey.FromBytes(offCurve), Throws.ArgumentException);
            Assert.That(() => PublicKey.FromBytes([0x00]), Throws.ArgumentException);
        });
    }

    [TestCase("0000000000000000000000000000000000000000000000000000000000000000", TestName = "Zero_is_not_a_key")]
    [TestCase(N, TestName = "n_is_not_a_key")]
    [TestCase("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff", TestName = "A_value_above_n_is_not_a_key")]
    public void Out_of_range_keys_are_refused(string hex)
    {
        Assert.That(() => PrivateKey.FromHex(hex), Throws.ArgumentException.With.Message.Contains("0 < d < n"));
    }

    [Test]
    public void n_minus_one_is_the_largest_key()
    {
        var bytes = Hex.Decode(N);
        bytes[^1] -= 1;
        using var key = PrivateKey.FromBytes(bytes);
        Assert.That(key.ExportBytes(), Is.EqualTo(bytes));
    }

    [Test]
    public void A_key_of_the_wrong_length_is_refused()
    {
        Assert.That(() => PrivateKey.FromBytes(new byte[31]), Throws.ArgumentException);
    }

    [Test]
    public void Export_returns_the_imported_bytes()
    {
        using var key = PrivateKey.FromHex(HardhatKey0);
        Assert.That(Hex.Encode(key.ExportBytes()), Is.EqualTo(HardhatKey0));
    }

    [Test]
    public void Generated_keys_are_distinct_and_round_trip()
    {
        using var first = PrivateKey.Generate();
        using var second = PrivateKey.Generate();
        using var reimported = PrivateKey.FromBytes(first.ExportBytes());
        Assert.Multiple(() =>
        {
            Assert.That(first.Address, Is.Not.EqualTo(second.Address));
            Assert.That(reimported.Address, Is.EqualTo(first.Address));
        });
    }

    [Test]
    public void ToString_shows_the_address_and_never_the_secret()
    {
        using var key = PrivateKey.FromHex(HardhatKey0);
        var text = key.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(HardhatAddress0));
            Assert.That(text, Does.Not.Contain(HardhatKey0[2..]).IgnoreCase);
        });
    }

    [Test]
    public void Dispose_wipes_the_secret_bytes()
    {
        var key = PrivateKey.FromHex(HardhatKey0);
        // The field is private on purpose; reflection is the only way to look at the wiped memory.
        var secret = (byte[])typeof(PrivateKey).GetField("_secret", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(key)!;
        Assert.That(secret, Is.Not.All.EqualTo(0));

        key.Dispose();

        Assert.That(secret, Is.All.EqualTo(0));
    }

    [Test]
    public void A_disposed_key_refuses_to_sign_or_export()
    {
        var key = PrivateKey.FromHex(HardhatKey0);
        key.Dispose();
        Assert.Multiple(() =>
        {
            Assert.That(() => key.Sign(new byte[32]), Throws.TypeOf<ObjectDisposedException>());
            Assert.That(key.ExportBytes, Throws.TypeOf<ObjectDisposedException>());
            Assert.That(key.Address.ToString(), Is.EqualTo(HardhatAddress0), "the address is public and stays readable");
        });
    }
}
