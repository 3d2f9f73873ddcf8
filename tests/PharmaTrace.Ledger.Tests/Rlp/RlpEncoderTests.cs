using System.Numerics;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Rlp;

namespace PharmaTrace.Ledger.Tests.Rlp;

public sealed class RlpEncoderTests
{
    // Boundaries of the Yellow Paper's RLP scalar rules (appendix B): zero is the empty string,
    // values below 0x80 are a single byte, larger ones are minimal big-endian behind 0x80 + length.
    [TestCase(0UL, "0x80")]
    [TestCase(1UL, "0x01")]
    [TestCase(0x7fUL, "0x7f")]
    [TestCase(0x80UL, "0x8180")]
    [TestCase(0xffUL, "0x81ff")]
    [TestCase(0x100UL, "0x820100")]
    [TestCase(0xffffffUL, "0x83ffffff")]
    [TestCase(0x1000000UL, "0x8401000000")]
    [TestCase(ulong.MaxValue, "0x88ffffffffffffffff")]
    public void Scalars_are_minimal_big_endian(ulong value, string expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(RlpEncoder.EncodeUInt64(value)), Is.EqualTo(expected));
            Assert.That(Hex.Encode(RlpEncoder.EncodeBigInteger(value)), Is.EqualTo(expected));
            Assert.That(RlpEncoder.GetUInt64Length(value), Is.EqualTo((expected.Length - 2) / 2));
            Assert.That(RlpEncoder.GetBigIntegerLength(value), Is.EqualTo((expected.Length - 2) / 2));
        });
    }

    [Test]
    public void A_negative_scalar_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RlpEncoder.EncodeBigInteger(BigInteger.MinusOne));
    }

    [TestCase(55, "0xb7")]
    [TestCase(56, "0xb838")]
    [TestCase(255, "0xb8ff")]
    [TestCase(256, "0xb90100")]
    [TestCase(65536, "0xba010000")]
    public void A_string_switches_to_the_long_form_at_56_bytes(int length, string expectedHeader)
    {
        var encoded = RlpEncoder.EncodeString(new byte[length]);
        var headerLength = (expectedHeader.Length - 2) / 2;
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(encoded.AsSpan(0, headerLength)), Is.EqualTo(expectedHeader));
            Assert.That(encoded, Has.Length.EqualTo(headerLength + length));
        });
    }

    [TestCase(55, "0xf7")]
    [TestCase(56, "0xf838")]
    [TestCase(1024, "0xf90400")]
    public void A_list_switches_to_the_long_form_at_56_bytes(int payloadLength, string expectedHeader)
    {
        var items = Enumerable.Range(0, payloadLength).Select(_ => (RlpItem)RlpString.FromUInt64(1)).ToArray();
        var encoded = RlpEncoder.Encode(new RlpList(items));
        var headerLength = (expectedHeader.Length - 2) / 2;
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(encoded.AsSpan(0, headerLength)), Is.EqualTo(expectedHeader));
            Assert.That(encoded, Has.Length.EqualTo(headerLength + payloadLength));
        });
    }

    [Test]
    public void The_writer_encodes_a_structure_without_building_items()
    {
        // [nonce 9, "dog", [], 2^64] written field by field, the way a transaction is encoded.
        var big = BigInteger.One << 64;
        var payload = RlpEncoder.GetUInt64Length(9) + RlpEncoder.GetStringLength("dog"u8)
            + RlpEncoder.GetListLength(0) + RlpEncoder.GetBigIntegerLength(big);
        var buffer = new byte[RlpEncoder.GetListLength(payload)];
        var writer = new RlpWriter(buffer);
        writer.WriteListHeader(payload);
        writer.WriteUInt64(9);
        writer.WriteString("dog"u8);
        writer.WriteListHeader(0);
        writer.WriteBigInteger(big);

        Assert.That(writer.Position, Is.EqualTo(buffer.Length));
        Assert.That(Hex.Encode(buffer), Is.EqualTo("0xd00983646f67c089010000000000000000"));

        var reader = new RlpReader(buffer).ReadList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reader.ReadUInt64(), Is.EqualTo(9UL));
            Assert.That(reader.ReadString().ToArray(), Is.EqualTo("dog"u8.ToArray()));
            Assert.That(reader.ReadList().HasMore, Is.False);
            Assert.That(reader.ReadBigInteger(), Is.EqualTo(big));
            Assert.That(reader.HasMore, Is.False);
        }
    }

    [Test]
    public void The_writer_refuses_to_overrun_its_buffer()
    {
        var buffer = new byte[3];
        Assert.Throws<InvalidOperationException>(() =>
        {
            var writer = new RlpWriter(buffer);
            writer.WriteString("dog"u8);
        });
    }
}
