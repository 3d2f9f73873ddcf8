using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class AbiEncoderTests
{
    private static readonly string Ones = new('f', 64);

    // Spec, "Formal Specification of the Encoding": int<M> is its two's complement, sign-extended
    // with 0xff bytes on the left for negative values.
    [TestCase("int8", -1, "ff")]
    [TestCase("int8", -128, "ff80")]
    [TestCase("int8", 127, "7f")]
    [TestCase("int256", -2, "fe")]
    [TestCase("int64", long.MinValue, "ff8000000000000000")]
    public void Negative_integers_are_sign_extended(string type, long value, string tail)
    {
        var fromLong = Hex.Encode(AbiEncoder.Encode([AbiType.Parse(type)], [value]));
        var fromBig = Hex.Encode(AbiEncoder.Encode([AbiType.Parse(type)], [new BigInteger(value)]));
        var expected = value < 0 ? "0x" + Ones[..(64 - tail.Length)] + tail : "0x" + new string('0', 64 - tail.Length) + tail;
        Assert.Multiple(() =>
        {
            Assert.That(fromLong, Is.EqualTo(expected));
            Assert.That(fromBig, Is.EqualTo(expected));
        });
    }

    [Test]
    public void The_extremes_of_256_bit_integers_encode()
    {
        var max = (BigInteger.One << 256) - 1;
        var min = -(BigInteger.One << 255);
        var encoded = AbiEncoder.Encode([AbiType.UInt256, AbiType.SignedInteger(256)], [max, min]);
        Assert.That(Hex.Encode(encoded), Is.EqualTo("0x" + Ones + "8" + new string('0', 63)));
    }

    [TestCase("uint8", "256")]
    [TestCase("uint8", "-1")]
    [TestCase("int8", "128")]
    [TestCase("int8", "-129")]
    [TestCase("uint256", "115792089237316195423570985008687907853269984665640564039457584007913129639936")]
    [TestCase("int256", "57896044618658097711785492504343953926634992332820282019728792003956564819968")]
    [TestCase("uint64", "18446744073709551616")]
    public void An_integer_outside_its_type_is_refused(string type, string value)
    {
        var big = BigInteger.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(() => AbiEncoder.Encode([AbiType.Parse(type)], [big]),
            Throws.TypeOf<AbiException>().With.Message.Contains("out of range"));
    }

    [Test]
    public void Built_in_integers_are_range_checked_too()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(() => AbiEncoder.Encode([AbiType.UnsignedInteger(8)], [256]), Throws.TypeOf<AbiException>());
            Assert.That(() => AbiEncoder.Encode([AbiType.UnsignedInteger(64)], [-1L]), Throws.TypeOf<AbiException>());
            Assert.That(() => AbiEncoder.Encode([AbiType.SignedInteger(64)], [ulong.MaxValue]), Throws.TypeOf<AbiException>());
            Assert.That(() => AbiEncoder.Encode([AbiType.SignedInteger(16)], [-32769]), Throws.TypeOf<AbiException>());
            Assert.That(AbiEncoder.Encode([AbiType.UnsignedInteger(64)], [ulong.MaxValue]), Has.Length.EqualTo(32));
        }
    }

    [Test]
    public void A_bytesN_value_of_the_wrong_length_is_refused()
    {
        Assert.That(() => AbiEncoder.Encode([AbiType.FixedBytes(3)], [new byte[4]]),
            Throws.TypeOf<AbiException>().With.Message.Contains("exactly 3 bytes"));
    }

    [Test]
    public void A_hash_is_accepted_for_bytes32()
    {
        var hash = Hash32.Keccak("abc"u8);
        Assert.That(AbiEncoder.Encode([AbiType.Bytes32], [hash]), Is.EqualTo(hash.ToArray()));
    }

    [Test]
    public void A_value_of_the_wrong_dotnet_type_is_refused_with_both_types_named()
    {
        Assert.That(() => AbiEncoder.Encode([AbiType.Address], ["0x0000000000000000000000000000000000000000"]),
            Throws.TypeOf<AbiException>().With.Message.Contains("address").And.Message.Contains("String"));
    }

    [Test]
    public void A_value_count_that_differs_from_the_type_count_is_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => AbiEncoder.Encode([AbiType.Bool, AbiType.Bool], [true]), Throws.TypeOf<AbiException>());
            Assert.That(() => AbiEncoder.Encode([AbiType.Parse("bool[2]")], [new object[] { true }]), Throws.TypeOf<AbiException>());
            Assert.That(() => AbiEncoder.Encode([AbiType.Parse("(bool,bool)")], [new object[] { true }]), Throws.TypeOf<AbiException>());
        });
    }

    [Test]
    public void A_string_with_a_lone_surrogate_is_refused()
    {
        Assert.That(() => AbiEncoder.Encode([AbiType.Utf8String], ["\ud800"]), Throws.TypeOf<AbiException>());
    }

    [Test]
    public void Typed_arrays_and_lists_are_accepted_for_arrays()
    {
        var type = AbiType.Parse("uint64[]");
        var fromArray = AbiEncoder.Encode([type], [new ulong[] { 1, 2 }]);
        var fromList = AbiEncoder.Encode([type], [new List<BigInteger> { 1, 2 }]);
        Assert.That(fromArray, Is.EqualTo(fromList));
    }

    [Test]
    public void Encoding_into_a_span_writes_exactly_the_encoded_length()
    {
        AbiType[] types = [AbiType.Utf8String, AbiType.UInt256];
        object[] values = ["PharmaTrace", BigInteger.One];
        var length = AbiEncoder.GetEncodedLength(types, values);
        var buffer = new byte[length + 10];
        Assert.Multiple(() =>
        {
            Assert.That(AbiEncoder.Encode(types, values, buffer), Is.EqualTo(length));
            Assert.That(buffer[..length], Is.EqualTo(AbiEncoder.Encode(types, values)));
            Assert.That(() => AbiEncoder.Encode(types, values, new byte[length - 1]), Throws.ArgumentException);
        });
    }
}
