using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Tests.Abi;

/// <summary>
/// The worked examples of the Solidity "Contract ABI Specification" (docs.soliditylang.org,
/// abi-spec, sections "Examples" and "Use of Dynamic Types"): the calls of <c>baz</c>, <c>bar</c>,
/// <c>sam</c>, <c>f</c> and <c>g</c> with their exact expected call data.
/// </summary>
public sealed class AbiSpecificationExampleTests
{
    public sealed record Example(string Name, string Signature, object[] Arguments, string CallData)
    {
        public override string ToString() => Name;
    }

    private static readonly Example[] Examples =
    [
        new("baz", "baz(uint32,bool)", [new BigInteger(69), true],
            "0xcdcd77c0"
            + "0000000000000000000000000000000000000000000000000000000000000045"
            + "0000000000000000000000000000000000000000000000000000000000000001"),
        new("bar", "bar(bytes3[2])", [new object[] { "abc"u8.ToArray(), "def"u8.ToArray() }],
            "0xfce353f6"
            + "6162630000000000000000000000000000000000000000000000000000000000"
            + "6465660000000000000000000000000000000000000000000000000000000000"),
        // The spec writes sam(bytes,bool,uint[]): uint is replaced by its canonical uint256 for the selector.
        new("sam", "sam(bytes,bool,uint[])", ["dave"u8.ToArray(), true, new object[] { new BigInteger(1), new BigInteger(2), new BigInteger(3) }],
            "0xa5643bf2"
            + "0000000000000000000000000000000000000000000000000000000000000060"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "0000000000000000000000000000000000000000000000000000000000000004"
            + "6461766500000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000003"),
        new("f", "f(uint,uint32[],bytes10,bytes)",
            [new BigInteger(0x123), new object[] { new BigInteger(0x456), new BigInteger(0x789) }, "1234567890"u8.ToArray(), "Hello, world!"u8.ToArray()],
            "0x8be65246"
            + "0000000000000000000000000000000000000000000000000000000000000123"
            + "0000000000000000000000000000000000000000000000000000000000000080"
            + "3132333435363738393000000000000000000000000000000000000000000000"
            + "00000000000000000000000000000000000000000000000000000000000000e0"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000456"
            + "0000000000000000000000000000000000000000000000000000000000000789"
            + "000000000000000000000000000000000000000000000000000000000000000d"
            + "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"),
        new("g", "g(uint256[][],string[])",
            [
                new object[] { new object[] { new BigInteger(1), new BigInteger(2) }, new object[] { new BigInteger(3) } },
                new object[] { "one", "two", "three" },
            ],
            "0x2289b18c"
            + "0000000000000000000000000000000000000000000000000000000000000040"
            + "0000000000000000000000000000000000000000000000000000000000000140"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000040"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000002"
            + "0000000000000000000000000000000000000000000000000000000000000001"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "0000000000000000000000000000000000000000000000000000000000000060"
            + "00000000000000000000000000000000000000000000000000000000000000a0"
            + "00000000000000000000000000000000000000000000000000000000000000e0"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "6f6e650000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000003"
            + "74776f0000000000000000000000000000000000000000000000000000000000"
            + "0000000000000000000000000000000000000000000000000000000000000005"
            + "7468726565000000000000000000000000000000000000000000000000000000"),
    ];

    private static IEnumerable<TestCaseData> Cases() => Examples.Select(e => new TestCaseData(e).SetArgDisplayNames(e.Name));

    [TestCaseSource(nameof(Cases))]
    public void The_selector_is_the_one_in_the_specification(Example example)
    {
        var function = AbiFunction.Parse(example.Signature);
        Assert.That(Hex.Encode(function.Selector.Span), Is.EqualTo(example.CallData[..10]));
    }

    [TestCaseSource(nameof(Cases))]
    public void The_call_encodes_byte_for_byte_as_in_the_specification(Example example)
    {
        var function = AbiFunction.Parse(example.Signature);
        Assert.That(Hex.Encode(function.EncodeCall(example.Arguments)), Is.EqualTo(example.CallData));
    }

    [TestCaseSource(nameof(Cases))]
    public void The_call_data_of_the_specification_decodes_to_the_arguments(Example example)
    {
        var function = AbiFunction.Parse(example.Signature);
        var arguments = function.DecodeCall(Hex.Decode(example.CallData));
        Assert.That(AbiValueJson.Format(arguments), Is.EqualTo(AbiValueJson.Format(example.Arguments)));
    }

    [Test]
    public void Baz_returning_false_is_a_single_zero_word()
    {
        // "It returns a single bool. If, for example, it were to return false, its output would be
        // the single byte array 0x0000…0000, a single bool." (spec, "Examples")
        var baz = new AbiFunction("baz",
            [new AbiParameter("x", AbiType.UnsignedInteger(32)), new AbiParameter("y", AbiType.Bool)],
            [new AbiParameter("r", AbiType.Bool)], "pure");
        var output = baz.EncodeOutput(false);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(output), Is.EqualTo("0x" + new string('0', 64)));
            Assert.That(baz.DecodeOutput(output), Is.EqualTo(new object[] { false }));
        });
    }

    [Test]
    public void The_insufficient_balance_error_has_the_selector_in_the_specification()
    {
        // Spec, "Errors": InsufficientBalance(uint256,uint256) has the selector 0xcf479181.
        var error = AbiError.Parse("InsufficientBalance(uint256,uint256)");
        Assert.That(Hex.Encode(error.Selector.Span), Is.EqualTo("0xcf479181"));
    }

    [Test]
    public void Call_data_of_another_function_is_refused()
    {
        var baz = AbiFunction.Parse("baz(uint32,bool)");
        var bar = Hex.Decode(Examples[1].CallData);
        Assert.That(() => baz.DecodeCall(bar), Throws.TypeOf<AbiException>().With.Message.Contains("baz(uint32,bool)"));
    }

    [Test]
    public void Strings_are_encoded_as_utf8()
    {
        var encoded = AbiEncoder.Encode([AbiType.Utf8String], ["€"]);
        Assert.That(encoded.AsSpan(64, 3).ToArray(), Is.EqualTo(Encoding.UTF8.GetBytes("€")));
    }
}
