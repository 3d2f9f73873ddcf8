using PharmaTrace.Ledger.Abi;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class AbiTypeTests
{
    [TestCase("uint256", AbiTypeKind.UnsignedInteger, false, 32)]
    [TestCase("int8", AbiTypeKind.SignedInteger, false, 32)]
    [TestCase("address", AbiTypeKind.Address, false, 32)]
    [TestCase("bool", AbiTypeKind.Bool, false, 32)]
    [TestCase("bytes32", AbiTypeKind.FixedBytes, false, 32)]
    [TestCase("bytes1", AbiTypeKind.FixedBytes, false, 32)]
    [TestCase("bytes", AbiTypeKind.Bytes, true, 32)]
    [TestCase("string", AbiTypeKind.Utf8String, true, 32)]
    [TestCase("uint256[]", AbiTypeKind.Array, true, 32)]
    [TestCase("bytes32[3]", AbiTypeKind.FixedArray, false, 96)]
    [TestCase("string[2]", AbiTypeKind.FixedArray, true, 32)]
    [TestCase("(uint256,string)[]", AbiTypeKind.Array, true, 32)]
    [TestCase("(uint256,bool)", AbiTypeKind.Tuple, false, 64)]
    [TestCase("(uint256,(bytes32,address)[2])[3]", AbiTypeKind.FixedArray, false, 480)]
    [TestCase("((uint8,bytes)[],int256)", AbiTypeKind.Tuple, true, 32)]
    [TestCase("()", AbiTypeKind.Tuple, false, 0)]
    [TestCase("uint8[0]", AbiTypeKind.FixedArray, false, 0)]
    public void A_canonical_type_string_parses_to_its_kind_and_layout(string text, AbiTypeKind kind, bool dynamic, int headSize)
    {
        var type = AbiType.Parse(text);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(type.Kind, Is.EqualTo(kind));
            Assert.That(type.IsDynamic, Is.EqualTo(dynamic));
            Assert.That(type.HeadSize, Is.EqualTo(headSize));
            Assert.That(type.CanonicalName, Is.EqualTo(text));
        }
    }

    // Spec, "Types": uint and int are synonyms of uint256 and int256, which must be used in selectors.
    [TestCase("uint", "uint256")]
    [TestCase("int", "int256")]
    [TestCase("(uint,int[])[2]", "(uint256,int256[])[2]")]
    public void Synonyms_parse_to_their_canonical_type(string text, string canonical)
    {
        Assert.That(AbiType.Parse(text).CanonicalName, Is.EqualTo(canonical));
    }

    [Test]
    public void Parsed_and_built_types_are_equal()
    {
        var built = AbiType.ArrayOf(AbiType.Tuple(AbiType.UInt256, AbiType.Utf8String));
        Assert.That(AbiType.Parse("(uint256,string)[]"), Is.EqualTo(built));
    }

    [TestCase("", "an empty string")]
    [TestCase("uint7", "bits not a multiple of 8")]
    [TestCase("uint264", "more than 256 bits")]
    [TestCase("uint0", "zero bits")]
    [TestCase("uint08", "a leading zero")]
    [TestCase("bytes0", "zero bytes")]
    [TestCase("bytes33", "more than 32 bytes")]
    [TestCase("uint256[01]", "a leading zero in a length")]
    [TestCase("uint256[", "an unclosed suffix")]
    [TestCase("uint256[x]", "a length that is not a number")]
    [TestCase("uint256[99999999999]", "a length beyond 32 bits")]
    [TestCase("(uint256", "an unclosed tuple")]
    [TestCase("(uint256,)", "an empty component")]
    [TestCase("uint256,bool", "two types")]
    [TestCase(" uint256", "a space")]
    [TestCase("Uint256", "upper case")]
    [TestCase("fixed128x18", "fixed point (unsupported)")]
    [TestCase("function", "function (unsupported)")]
    [TestCase("tuple(uint256)", "the JSON spelling, which needs components")]
    [TestCase("uint256[1000000][1000000]", "a static size beyond the limit")]
    public void A_malformed_type_string_is_refused(string text, string problem)
    {
        Assert.That(() => AbiType.Parse(text), Throws.TypeOf<AbiException>(), problem);
    }

    [Test]
    public void Types_nested_beyond_the_limit_are_refused()
    {
        var deep = new string('(', 100) + "uint8" + new string(')', 100);
        Assert.That(() => AbiType.Parse(deep), Throws.TypeOf<AbiException>().With.Message.Contains("nested"));
    }
}
