using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class AbiRoundTripTests
{
    private static readonly Address Someone = Address.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");

    private static IEnumerable<TestCaseData> Samples()
    {
        yield return Case("uint256", BigInteger.Pow(2, 200) + 7);
        yield return Case("int24", new BigInteger(-8_388_608));
        yield return Case("address", Someone);
        yield return Case("bool", false);
        yield return Case("bytes32", Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        yield return Case("bytes", Array.Empty<byte>());
        yield return Case("bytes", Enumerable.Range(0, 65).Select(i => (byte)i).ToArray());
        yield return Case("string", "");
        yield return Case("string", "Ibuprofène 400 mg, 中文, 😀");
        yield return Case("uint8[]", new object[] { BigInteger.One, new BigInteger(255) });
        yield return Case("bytes32[3]", new object[] { new byte[32], new byte[32], Enumerable.Repeat((byte)0xab, 32).ToArray() });
        yield return Case("string[2]", new object[] { "a", "" });
        yield return Case("(uint256,string)[]", new object[] { new object[] { BigInteger.One, "lot A1" }, new object[] { BigInteger.Zero, "" } });
        yield return Case("((bytes,bool)[2],address)", new object[]
        {
            new object[] { new object[] { new byte[] { 1 }, true }, new object[] { Array.Empty<byte>(), false } },
            Someone,
        });
        yield return Case("uint256[][]", new object[] { Array.Empty<object>(), new object[] { BigInteger.One } });
        yield return Case("()", Array.Empty<object>());
    }

    private static TestCaseData Case(string type, object value) => new TestCaseData(type, value).SetArgDisplayNames(type);

    [TestCaseSource(nameof(Samples))]
    public void A_value_survives_encoding_and_decoding(string typeText, object value)
    {
        var type = AbiType.Parse(typeText);
        var encoded = AbiEncoder.Encode([type], [value]);
        var decoded = AbiDecoder.Decode([type], encoded);
        Assert.Multiple(() =>
        {
            Assert.That(AbiValueJson.Format(decoded[0]), Is.EqualTo(AbiValueJson.Format(value)));
            Assert.That(AbiEncoder.Encode([type], decoded), Is.EqualTo(encoded));
            Assert.That(encoded, Has.Length.EqualTo(AbiEncoder.GetEncodedLength([type], [value])));
        });
    }

    [Test]
    public void Thousands_of_random_values_survive_encoding_and_decoding()
    {
        var random = new RandomAbi(seed: 1234);
        var failures = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var types = random.NextTypes();
            var values = random.NextValues(types);
            var encoded = AbiEncoder.Encode(types, values);
            var decoded = AbiDecoder.Decode(types, encoded);
            if (AbiValueJson.Format(decoded) != AbiValueJson.Format(values) || !AbiEncoder.Encode(types, decoded).AsSpan().SequenceEqual(encoded))
            {
                failures.Add($"case {i}: {AbiType.Tuple(types)} {AbiValueJson.Format(values)}");
            }
        }
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void Encoding_writes_every_byte_of_its_output()
    {
        // The encoder allocates its output uninitialized, so each byte must be written: encoding into
        // a buffer full of 0xAA must give exactly the bytes of a fresh encoding.
        var random = new RandomAbi(seed: 7);
        for (var i = 0; i < 500; i++)
        {
            var types = random.NextTypes();
            var values = random.NextValues(types);
            var buffer = new byte[AbiEncoder.GetEncodedLength(types, values)];
            buffer.AsSpan().Fill(0xAA);
            AbiEncoder.Encode(types, values, buffer);
            Assert.That(buffer, Is.EqualTo(AbiEncoder.Encode(types, values)), AbiType.Tuple(types).CanonicalName);
        }
    }

    [Test]
    public void Every_strict_encoding_cut_short_is_refused()
    {
        // Any strict encoding loses a needed byte when its last word is cut, so decoding must fail
        // rather than read past the end or return a partial value.
        var random = new RandomAbi(seed: 99);
        for (var i = 0; i < 300; i++)
        {
            var types = random.NextTypes();
            var encoded = AbiEncoder.Encode(types, random.NextValues(types));
            if (encoded.Length == 0)
            {
                continue;
            }
            Assert.That(() => AbiDecoder.Decode(types, encoded.AsSpan(0, encoded.Length - 1)),
                Throws.TypeOf<AbiException>(), AbiType.Tuple(types).CanonicalName);
        }
    }
}
