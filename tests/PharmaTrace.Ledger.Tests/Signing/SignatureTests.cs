using System.Numerics;
using System.Security.Cryptography;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Tests.Signing;

public sealed class SignatureTests
{
    // Source: EIP-155, "Example": key 0x4646...46, signing hash 0xdaf5...8e53, and the resulting
    // (v, r, s) = (37, 18515...3846, 46948...6531). v = 37 is chainId 1 * 2 + 35 + yParity 0.
    private const string Eip155Key = "0x4646464646464646464646464646464646464646464646464646464646464646";
    private const string Eip155SigningHash = "0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
    private static readonly BigInteger Eip155R = BigInteger.Parse("18515461264373351373200002665853028612451056578545711640558177340181847433846");
    private static readonly BigInteger Eip155S = BigInteger.Parse("46948507304638947509940763649030358759909902576025900602547168820602576006531");

    private static readonly BigInteger N = BigInteger.Parse("0fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", System.Globalization.NumberStyles.HexNumber);

    [Test]
    public void Signing_reproduces_the_RFC_6979_signature_of_the_EIP_155_example()
    {
        using var key = PrivateKey.FromHex(Eip155Key);
        var signature = key.Sign(Hex.Decode(Eip155SigningHash));
        Assert.Multiple(() =>
        {
            Assert.That(ToInteger(signature.R), Is.EqualTo(Eip155R));
            Assert.That(ToInteger(signature.S), Is.EqualTo(Eip155S));
            Assert.That(signature.YParity, Is.Zero);
        });
    }

    [Test]
    public void Signing_is_deterministic_per_RFC_6979()
    {
        using var key = PrivateKey.FromHex(Eip155Key);
        var hash = Keccak256.Hash("PharmaTrace"u8);
        var otherHash = Keccak256.Hash("PharmaTrace!"u8);
        var first = key.Sign(hash);
        var second = key.Sign(hash);
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(key.Sign(otherHash).R.ToArray(), Is.Not.EqualTo(first.R.ToArray()));
        });
    }

    [Test]
    public void Every_signature_has_low_S_verifies_and_recovers_the_signer()
    {
        // Seeded, so a failure names a reproducible key and hash.
        var random = new Random(155);
        var keyBytes = new byte[32];
        var hash = new byte[32];
        for (var i = 0; i < 300; i++)
        {
            random.NextBytes(keyBytes);
            random.NextBytes(hash);
            using var key = PrivateKey.FromBytes(keyBytes);
            var signature = key.Sign(hash);

            Assert.That(signature.IsLowS, Is.True, $"EIP-2 low S, case {i}");
            Assert.That(key.PublicKey.Verify(hash, signature), Is.True, $"verifies, case {i}");
            Assert.That(PublicKey.Recover(hash, signature), Is.EqualTo(key.PublicKey), $"recovers, case {i}");
        }
    }

    [Test]
    public void Signing_from_many_threads_gives_the_same_signatures_as_one_thread()
    {
        // The curve, its precomputed comb table and the key are shared; signing must not race on them.
        using var key = PrivateKey.FromHex(Eip155Key);
        var hashes = Enumerable.Range(0, 64).Select(i => Keccak256.Hash([(byte)i])).ToArray();
        var sequential = hashes.Select(h => key.Sign(h)).ToArray();
        var parallel = new Signature[hashes.Length];
        Parallel.For(0, hashes.Length, i => parallel[i] = key.Sign(hashes[i]));
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void The_high_S_twin_with_flipped_parity_recovers_the_same_key()
    {
        // Why EIP-2 normalises: (r, n - s) with the other parity is an equally valid signature.
        using var key = PrivateKey.FromHex(Eip155Key);
        var hash = Hex.Decode(Eip155SigningHash);
        var signature = key.Sign(hash);
        var twin = new Signature(signature.R, ToBytes(N - ToInteger(signature.S)), (byte)(signature.YParity ^ 1));
        Assert.Multiple(() =>
        {
            Assert.That(twin.IsLowS, Is.False);
            Assert.That(PublicKey.Recover(hash, twin).Address, Is.EqualTo(key.Address));
        });
    }

    [Test]
    public void Recovery_with_the_wrong_parity_or_hash_gives_another_key()
    {
        using var key = PrivateKey.FromHex(Eip155Key);
        var hash = Hex.Decode(Eip155SigningHash);
        var signature = key.Sign(hash);
        var flipped = new Signature(signature.R, signature.S, (byte)(signature.YParity ^ 1));
        var otherHash = Keccak256.Hash(hash);
        Assert.Multiple(() =>
        {
            Assert.That(PublicKey.Recover(hash, flipped).Address, Is.Not.EqualTo(key.Address));
            Assert.That(PublicKey.Recover(otherHash, signature).Address, Is.Not.EqualTo(key.Address));
            Assert.That(key.PublicKey.Verify(otherHash, signature), Is.False);
        });
    }

    [Test]
    public void The_65_byte_form_round_trips_and_accepts_v_27()
    {
        using var key = PrivateKey.FromHex(Eip155Key);
        var signature = key.Sign(Hex.Decode(Eip155SigningHash));
        var bytes = signature.ToBytes();
        var legacy = (byte[])bytes.Clone();
        legacy[64] += 27;
        Assert.Multiple(() =>
        {
            Assert.That(bytes, Has.Length.EqualTo(65));
            Assert.That(Signature.FromBytes(bytes), Is.EqualTo(signature));
            Assert.That(Signature.FromBytes(legacy), Is.EqualTo(signature));
        });
    }

    [Test]
    public void Components_outside_one_to_n_minus_one_are_refused()
    {
        var one = new byte[] { 1 };
        Assert.Multiple(() =>
        {
            Assert.That(() => new Signature([], one, 0), Throws.ArgumentException, "r = 0");
            Assert.That(() => new Signature(one, ToBytes(N), 0), Throws.ArgumentException, "s = n");
            Assert.That(() => new Signature(one, one, 2), Throws.InstanceOf<ArgumentException>(), "yParity = 2");
            Assert.That(() => new Signature(new byte[33], one, 0), Throws.ArgumentException, "33 bytes");
        });
    }

    [Test]
    public void A_hash_must_be_32_bytes()
    {
        using var key = PrivateKey.FromHex(Eip155Key);
        Assert.That(() => key.Sign(SHA256.HashData("x"u8).AsSpan(0, 31)), Throws.ArgumentException);
    }

    private static BigInteger ToInteger(ReadOnlySpan<byte> bigEndian) => new(bigEndian, isUnsigned: true, isBigEndian: true);

    private static byte[] ToBytes(BigInteger value) => value.ToByteArray(isUnsigned: true, isBigEndian: true);
}
