using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class RevertDecoderTests
{
    private static readonly AbiError InsufficientBalance = AbiError.Parse("InsufficientBalance(uint256,uint256)");

    [Test]
    public void Error_string_decodes_to_its_reason()
    {
        // Solidity documentation, "Control Structures", revert: the data of
        // revert("Not enough Ether provided.").
        var data = Hex.Decode("0x08c379a0"
            + "0000000000000000000000000000000000000000000000000000000000000020"
            + "000000000000000000000000000000000000000000000000000000000000001a"
            + "4e6f7420656e6f7567682045746865722070726f76696465642e000000000000");
        var reason = RevertDecoder.Decode(data);
        Assert.Multiple(() =>
        {
            Assert.That(reason.Kind, Is.EqualTo(RevertKind.Error));
            Assert.That(reason.Name, Is.EqualTo("Error"));
            Assert.That(reason.Message, Is.EqualTo("Not enough Ether provided."));
            Assert.That(reason.ToString(), Is.EqualTo("Error: Not enough Ether provided."));
        });
    }

    [TestCase(0x01, "assertion failed")]
    [TestCase(0x11, "arithmetic underflow or overflow")]
    [TestCase(0x12, "division or modulo by zero")]
    [TestCase(0x21, "value out of range for the enum type")]
    [TestCase(0x22, "incorrectly encoded storage byte array")]
    [TestCase(0x31, "pop on an empty array")]
    [TestCase(0x32, "array index out of bounds")]
    [TestCase(0x41, "too much memory allocated")]
    [TestCase(0x51, "call to a zero-initialized internal function")]
    [TestCase(0x00, "generic compiler panic")]
    [TestCase(0x99, "unknown panic code 0x99")]
    public void Panic_decodes_to_its_code_and_meaning(int code, string meaning)
    {
        var data = AbiError.BuiltInPanic.Encode(new BigInteger(code));
        var reason = RevertDecoder.Decode(data);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(data.AsSpan(0, 4)), Is.EqualTo("0x4e487b71"));
            Assert.That(reason.Kind, Is.EqualTo(RevertKind.Panic));
            Assert.That(reason.PanicCode, Is.EqualTo(new BigInteger(code)));
            Assert.That(reason.Message, Is.EqualTo(meaning));
            Assert.That(reason.ToString(), Does.StartWith($"Panic(0x{code:x2}): "));
        });
    }

    [Test]
    public void A_custom_error_decodes_to_its_name_and_arguments()
    {
        var data = InsufficientBalance.Encode(BigInteger.Zero, new BigInteger(100));
        var reason = RevertDecoder.Decode(data, [AbiError.Parse("Unauthorized(address)"), InsufficientBalance]);
        Assert.Multiple(() =>
        {
            Assert.That(reason.Kind, Is.EqualTo(RevertKind.Custom));
            Assert.That(reason.Name, Is.EqualTo("InsufficientBalance"));
            Assert.That(reason.Error, Is.SameAs(InsufficientBalance));
            Assert.That(reason.Arguments, Is.EqualTo(new object[] { BigInteger.Zero, new BigInteger(100) }));
            Assert.That(reason.ToString(), Is.EqualTo("InsufficientBalance(0, 100)"));
        });
    }

    [Test]
    public void Empty_revert_data_is_a_revert_without_reason()
    {
        Assert.That(RevertDecoder.Decode(ReadOnlyMemory<byte>.Empty).Kind, Is.EqualTo(RevertKind.Empty));
    }

    [Test]
    public void An_unknown_selector_is_unrecognized_not_an_exception()
    {
        var reason = RevertDecoder.Decode(InsufficientBalance.Encode(1, 2));
        Assert.Multiple(() =>
        {
            Assert.That(reason.Kind, Is.EqualTo(RevertKind.Unrecognized));
            Assert.That(reason.Name, Is.Empty);
            Assert.That(reason.ToString(), Does.StartWith("unrecognized revert data 0xcf479181"));
        });
    }

    [Test]
    public void A_known_selector_with_malformed_arguments_is_refused()
    {
        var data = Hex.Decode("0x08c379a0" + new string('0', 62) + "20");
        Assert.That(() => RevertDecoder.Decode(data), Throws.TypeOf<AbiException>());
    }
}
