using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Rpc.Json;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// Quantities as the Ethereum JSON-RPC spec encodes them (execution-apis, "Quantities":
/// 0x41 is 65, 0x400 is 1024, zero is 0x0; 0x, 0x0400 and ff are invalid). We read leading zeros
/// leniently because some nodes send them, and write without them.
/// </summary>
public sealed class HexQuantityTests
{
    [TestCase("0x0", 0UL)]
    [TestCase("0x41", 65UL)]
    [TestCase("0x400", 1024UL)]
    [TestCase("0x7a69", 31337UL)]
    [TestCase("0xFFFFFFFFFFFFFFFF", ulong.MaxValue)]
    [TestCase("0x0400", 1024UL)]
    [TestCase("0x00000000000000000001", 1UL)]
    public void A_quantity_reads_as_its_64_bit_value(string text, ulong expected)
    {
        Assert.That(HexQuantity.TryParseUInt64(Encoding.ASCII.GetBytes(text), out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("0x")]
    [TestCase("ff")]
    [TestCase("0x10000000000000000")]
    [TestCase("0xg1")]
    [TestCase("0x-1")]
    [TestCase(" 0x1")]
    [TestCase("")]
    public void A_malformed_or_oversized_quantity_is_refused(string text)
    {
        Assert.That(HexQuantity.TryParseUInt64(Encoding.ASCII.GetBytes(text), out _), Is.False);
    }

    [TestCase(0UL, "0x0")]
    [TestCase(65UL, "0x41")]
    [TestCase(1024UL, "0x400")]
    [TestCase(ulong.MaxValue, "0xffffffffffffffff")]
    public void A_64_bit_value_writes_without_leading_zeros(ulong value, string expected)
    {
        Assert.That(HexQuantity.Format(value), Is.EqualTo(expected));
    }

    [Test]
    public void A_256_bit_quantity_round_trips_and_stays_unsigned()
    {
        var max = (BigInteger.One << 256) - 1;
        var text = "0x" + new string('f', 64);

        Assert.Multiple(() =>
        {
            Assert.That(HexQuantity.TryParseBigInteger(Encoding.ASCII.GetBytes(text), out var value), Is.True);
            Assert.That(value, Is.EqualTo(max));
            Assert.That(HexQuantity.Format(max), Is.EqualTo(text));
            Assert.That(HexQuantity.Format(new BigInteger(255)), Is.EqualTo("0xff"));
            Assert.That(HexQuantity.Format(BigInteger.Zero), Is.EqualTo("0x0"));
            Assert.That(HexQuantity.TryParseBigInteger(Encoding.ASCII.GetBytes("0x1" + new string('0', 64)), out _), Is.False, "more than 256 bits");
        });
    }

    [Test]
    public void A_negative_amount_cannot_be_written()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HexQuantity.Format(BigInteger.MinusOne));
    }

    [Test]
    public void Block_parameters_write_as_tags_or_hex_numbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(BlockParameter.Latest.ToString(), Is.EqualTo("latest"));
            Assert.That(default(BlockParameter).ToString(), Is.EqualTo("latest"));
            Assert.That(default(BlockParameter), Is.EqualTo(BlockParameter.Latest));
            Assert.That(BlockParameter.Pending.ToString(), Is.EqualTo("pending"));
            Assert.That(BlockParameter.Finalized.ToString(), Is.EqualTo("finalized"));
            Assert.That(BlockParameter.FromNumber(0).ToString(), Is.EqualTo("0x0"));
            Assert.That(((BlockParameter)1024UL).ToString(), Is.EqualTo("0x400"));
            Assert.That(BlockParameter.FromNumber(0), Is.Not.EqualTo(BlockParameter.Latest));
        });
    }
}
