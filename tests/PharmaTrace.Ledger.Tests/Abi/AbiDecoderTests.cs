using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class AbiDecoderTests
{
    /// <summary>A 32-byte word holding <paramref name="hex"/> right-aligned (left-aligned when <paramref name="left"/>).</summary>
    private static string W(string hex, bool left = false) => left ? hex.PadRight(64, '0') : hex.PadLeft(64, '0');

    private static readonly string MaxWord = new('f', 64);

    // Each row breaks one rule of the spec's strict mode ("Strict Encoding Mode"); words are right-aligned.
    [TestCase("bool", "2", "bool is 0 or 1", "neither 0 nor 1")]
    [TestCase("bool", "0100000000000000000000000000000000000000000000000000000000000001", "bool padding", "neither 0 nor 1")]
    [TestCase("uint8", "0100", "uint8 above 8 bits", "above its 8 bits")]
    [TestCase("uint32", "100000000", "uint32 above 32 bits", "above its 32 bits")]
    [TestCase("int8", "80", "+128 in int8: not sign-extended", "sign-extended")]
    [TestCase("int8", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", "-129 in int8", "sign-extended")]
    [TestCase("int16", "ffff8000", "negative int16 with zero padding", "sign-extended")]
    [TestCase("address", "10000000000000000000000000000000000000000", "address above 160 bits", "160 bits")]
    [TestCase("bytes3", "6162630000000000000000000000000000000000000000000000000000000001", "bytes3 padding", "padding")]
    public void A_word_that_breaks_strict_mode_is_refused(string type, string word, string rule, string message)
    {
        Assert.That(() => AbiDecoder.Decode([AbiType.Parse(type)], Hex.Decode(W(word))),
            Throws.TypeOf<AbiException>().With.Message.Contains(message), rule);
    }

    [TestCase("bytes", "20", "1", "64617665", "padding of bytes is zero")]
    [TestCase("string", "20", "3", "64617665", "padding of string is zero")]
    public void Non_zero_padding_after_dynamic_data_is_refused(string type, string offset, string length, string data, string rule)
    {
        var hex = W(offset) + W(length) + W(data, left: true);
        Assert.That(() => AbiDecoder.Decode([AbiType.Parse(type)], Hex.Decode(hex)),
            Throws.TypeOf<AbiException>().With.Message.Contains("padding"), rule);
    }

    [TestCase("bytes", "40", "an offset beyond the data")]
    [TestCase("bytes", "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0", "an offset of 2^256 - 32")]
    [TestCase("uint256[]", "20", "an array whose length word is missing")]
    public void An_offset_out_of_range_is_refused(string type, string offset, string rule)
    {
        var hex = W(offset);
        Assert.That(() => AbiDecoder.Decode([AbiType.Parse(type)], Hex.Decode(hex)), Throws.TypeOf<AbiException>(), rule);
    }

    [TestCase("bytes", "21", "bytes longer than the data")]
    [TestCase("string", "ffffffffffffffff", "a 2^64 - 1 byte string")]
    [TestCase("uint256[]", "2", "an array of two words holding one")]
    [TestCase("uint256[]", "ffffffff", "an array of 2^32 - 1 elements")]
    [TestCase("string[]", "1000000", "an array of 16 million strings")]
    public void A_length_beyond_the_data_is_refused_before_allocating(string type, string length, string rule)
    {
        var hex = W("20") + W(length) + W("1");
        Assert.That(() => AbiDecoder.Decode([AbiType.Parse(type)], Hex.Decode(hex)), Throws.TypeOf<AbiException>(), rule);
    }

    [Test]
    public void A_string_that_is_not_utf8_is_refused()
    {
        var hex = W("20") + W("2") + W("c328", left: true);
        Assert.That(() => AbiDecoder.Decode([AbiType.Utf8String], Hex.Decode(hex)),
            Throws.TypeOf<AbiException>().With.Message.Contains("UTF-8"));
    }

    [Test]
    public void Data_shorter_than_the_heads_is_refused()
    {
        var hex = W("1");
        Assert.That(() => AbiDecoder.Decode([AbiType.UInt256, AbiType.Bool], Hex.Decode(hex)),
            Throws.TypeOf<AbiException>().With.Message.Contains("too short"));
    }

    [Test]
    public void Overlapping_offsets_that_inflate_the_output_are_refused()
    {
        // uint256[][] of 1,000 elements that all point at the same 1,000-element array: 64 KB of
        // input would decode to a million values (an "ABI bomb"). Offsets count from the element heads.
        const int count = 1000;
        var text = new System.Text.StringBuilder(W("20") + W(count.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        var shared = count * 32;
        for (var i = 0; i < count; i++)
        {
            text.Append(W(shared.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        }
        text.Append(W(count.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        for (var i = 0; i < count; i++)
        {
            text.Append(W("7"));
        }
        Assert.That(() => AbiDecoder.Decode([AbiType.Parse("uint256[][]")], Hex.Decode(text.ToString())),
            Throws.TypeOf<AbiException>().With.Message.Contains("overlapping"));
    }

    [Test]
    public void Offsets_that_are_in_range_but_not_minimal_are_read_as_solidity_does()
    {
        // A gap of one word between the head and the tail: not strict, but Solidity's decoder
        // follows offsets too, so the value reads.
        var hex = W("40") + W("0") + W("1") + W("2a");
        var values = AbiDecoder.Decode([AbiType.Parse("uint256[]")], Hex.Decode(hex));
        Assert.That(AbiValueJson.Format(values), Is.EqualTo("[[\"42\"]]"));
    }

    [Test]
    public void Bytes_after_the_last_value_are_ignored()
    {
        var hex = W("1") + W("dead", left: true);
        Assert.That(AbiDecoder.Decode([AbiType.Bool], Hex.Decode(hex)), Is.EqualTo(new object[] { true }));
    }

    [Test]
    public void Integers_decode_as_big_integers_in_their_range()
    {
        var hex = W("ff") + MaxWord + W("ffffffffffffffff") + MaxWord;
        var values = AbiDecoder.Decode(
            [AbiType.UnsignedInteger(8), AbiType.SignedInteger(8), AbiType.UnsignedInteger(64), AbiType.SignedInteger(256)],
            Hex.Decode(hex));
        Assert.That(values, Is.EqualTo(new object[] { new BigInteger(255), BigInteger.MinusOne, new BigInteger(ulong.MaxValue), BigInteger.MinusOne }));
    }
}
