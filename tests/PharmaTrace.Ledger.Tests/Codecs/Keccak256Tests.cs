using System.Text;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Tests.Codecs;

public sealed class Keccak256Tests
{
    // Sources: the Keccak team's KAT for the empty message, as quoted by the Ethereum Yellow Paper
    // (KEC("") = c5d2...a470), and the widely published keccak256("abc") vector.
    [TestCase("", "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [TestCase("abc", "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    public void Keccak256_matches_the_published_vector(string message, string expected)
    {
        var hash = Keccak256.Hash(Encoding.ASCII.GetBytes(message));
        Assert.That(Hex.Encode(hash), Is.EqualTo(expected));
    }

    [Test]
    public void Keccak256_is_not_sha3_256()
    {
        // SHA3-256("") = a7ffc6f8...: the FIPS 202 padding gives a different digest.
        var hash = Hex.Encode(Keccak256.Hash([]));
        Assert.That(hash, Does.Not.StartWith("0xa7ffc6f8"));
    }
}
