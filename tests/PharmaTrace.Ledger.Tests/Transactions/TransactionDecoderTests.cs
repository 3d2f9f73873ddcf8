using System.Numerics;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Transactions;

public sealed class TransactionDecoderTests
{
    // Source: EIP-155, "Example" (signed with key 0x4646...46, v = 0x25 = 37).
    private const string Eip155SignedTx = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";
    private const string Eip155Sender = "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F";

    private static readonly BigInteger N = BigInteger.Parse("0fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", System.Globalization.NumberStyles.HexNumber);

    [Test]
    public void A_pre_EIP_155_signature_with_v_27_is_refused()
    {
        // Same bytes with v = 0x1b (27): valid before EIP-155, replayable on every chain.
        var raw = Hex.Decode(Eip155SignedTx.Replace("8025a028", "801ba028", StringComparison.Ordinal));
        Assert.That(() => SignedTransaction.Decode(raw), Throws.TypeOf<FormatException>().With.Message.Contains("EIP-155"));
    }

    [Test]
    public void A_high_S_signature_is_refused_per_EIP_2()
    {
        using var key = PrivateKey.FromHex("0x4646464646464646464646464646464646464646464646464646464646464646");
        var signed = SignedTransaction.Decode(Hex.Decode(Eip155SignedTx));
        var s = new BigInteger(signed.Signature.S, isUnsigned: true, isBigEndian: true);
        var twin = new Signature(signed.Signature.R, (N - s).ToByteArray(isUnsigned: true, isBigEndian: true), (byte)(signed.Signature.YParity ^ 1));
        var malleated = signed.Transaction.Encode(twin);
        Assert.That(() => SignedTransaction.Decode(malleated), Throws.TypeOf<FormatException>().With.Message.Contains("EIP-2"));
    }

    [TestCase("0x", "empty", TestName = "Empty_input_is_refused")]
    [TestCase("0x01c0", "not supported", TestName = "An_EIP_2930_type_1_transaction_is_refused_as_unsupported")]
    [TestCase("0x80", "neither", TestName = "A_byte_string_is_not_a_transaction")]
    [TestCase(Eip155SignedTx + "00", "trailing", TestName = "Trailing_bytes_are_refused")]
    public void Malformed_input_is_refused(string hex, string reason)
    {
        Assert.That(() => SignedTransaction.Decode(Hex.Decode(hex)), Throws.TypeOf<FormatException>().With.Message.Contains(reason));
    }

    [Test]
    public void A_non_canonical_nonce_is_refused()
    {
        // Nonce 9 written as 0x8109 (a single byte below 0x80 wrapped in a header): a second encoding
        // of the same transaction, which would have a different hash.
        var raw = Hex.Decode("0xf86d8109" + Eip155SignedTx[8..]);
        Assert.That(() => SignedTransaction.Decode(raw), Throws.TypeOf<FormatException>().With.InnerException.Not.Null);
    }

    [Test]
    public void A_tampered_field_recovers_a_different_sender()
    {
        // gas 21000 (0x5208) becomes 0x5209: the signature no longer covers the fields.
        var raw = Hex.Decode(Eip155SignedTx.Replace("825208", "825209", StringComparison.Ordinal));
        Assert.That(SignedTransaction.Decode(raw).Sender.ToString(), Is.Not.EqualTo(Eip155Sender));
    }

    [Test]
    public void Decoding_then_re_encoding_gives_the_same_bytes()
    {
        var decoded = SignedTransaction.Decode(Hex.Decode(Eip155SignedTx));
        Assert.That(Hex.Encode(decoded.Transaction.Encode(decoded.Signature)), Is.EqualTo(Eip155SignedTx));
    }
}
