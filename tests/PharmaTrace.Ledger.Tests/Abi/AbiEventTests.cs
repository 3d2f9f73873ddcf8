using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Abi;

public sealed class AbiEventTests
{
    private static readonly Address From = Address.Parse("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
    private static readonly Address To = Address.Parse("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");

    private static readonly AbiEvent Transfer = new("Transfer",
    [
        new AbiParameter("from", AbiType.Address, indexed: true),
        new AbiParameter("to", AbiType.Address, indexed: true),
        new AbiParameter("value", AbiType.UInt256),
    ]);

    private static Hash32 Word(object value, AbiType type) => new(AbiEncoder.Encode([type], [value]));

    [Test]
    public void Topic_0_is_the_keccak_of_the_canonical_signature()
    {
        // The ERC-20 Transfer topic, as every explorer shows it.
        Assert.Multiple(() =>
        {
            Assert.That(Transfer.Signature, Is.EqualTo("Transfer(address,address,uint256)"));
            Assert.That(Transfer.Topic0.ToString(), Is.EqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
        });
    }

    [Test]
    public void A_log_decodes_to_its_indexed_and_data_arguments_in_declaration_order()
    {
        Hash32[] topics = [Transfer.Topic0, Word(From, AbiType.Address), Word(To, AbiType.Address)];
        var data = AbiEncoder.Encode([AbiType.UInt256], [new BigInteger(1000)]);

        var log = Transfer.DecodeLog(topics, data);

        Assert.Multiple(() =>
        {
            Assert.That(log.Name, Is.EqualTo("Transfer"));
            Assert.That(log["from"], Is.EqualTo(From));
            Assert.That(log["to"], Is.EqualTo(To));
            Assert.That(log["value"], Is.EqualTo(new BigInteger(1000)));
            Assert.That(log.Arguments, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void Indexed_dynamic_and_composite_values_decode_to_their_hash()
    {
        var shipped = new AbiEvent("Shipped",
        [
            new AbiParameter("lot", AbiType.Utf8String, indexed: true),
            new AbiParameter("quantities", AbiType.Parse("uint8[]"), indexed: true),
            new AbiParameter("delta", AbiType.SignedInteger(8), indexed: true),
            new AbiParameter("note", AbiType.Utf8String),
        ]);
        Hash32[] topics =
        [
            shipped.Topic0,
            Hash32.Keccak("LOT-42"u8),
            AbiEvent.EncodeTopic(AbiType.Parse("uint8[]"), new object[] { 1, 2 }),
            Word(-3, AbiType.SignedInteger(8)),
        ];
        var log = shipped.DecodeLog(topics, AbiEncoder.Encode([AbiType.Utf8String], ["handle with care"]));

        Assert.Multiple(() =>
        {
            Assert.That(log["lot"], Is.EqualTo(Hash32.Keccak("LOT-42"u8)));
            Assert.That(log["quantities"], Is.EqualTo(topics[2]));
            Assert.That(log["delta"], Is.EqualTo(new BigInteger(-3)));
            Assert.That(log["note"], Is.EqualTo("handle with care"));
        });
    }

    // Spec, "Encoding of Indexed Event Parameters": bytes and strings are hashed bare; arrays and
    // tuples as the concatenation of their elements, each bytes/string padded to a whole word.
    [Test]
    public void Topics_of_indexed_values_follow_the_indexed_encoding()
    {
        var one = Word(1, AbiType.UInt256).ToArray();
        var two = Word(2, AbiType.UInt256).ToArray();
        var paddedA = Encoding.ASCII.GetBytes("a").Concat(new byte[31]).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(AbiEvent.EncodeTopic(AbiType.UInt256, 1), Is.EqualTo(new Hash32(one)));
            Assert.That(AbiEvent.EncodeTopic(AbiType.Utf8String, "hello").ToString(),
                Is.EqualTo("0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8"));
            Assert.That(AbiEvent.EncodeTopic(AbiType.Bytes, Array.Empty<byte>()), Is.EqualTo(Hash32.Keccak([])));
            Assert.That(AbiEvent.EncodeTopic(AbiType.Parse("uint256[2]"), new object[] { 1, 2 }), Is.EqualTo(Hash32.Keccak([.. one, .. two])));
            Assert.That(AbiEvent.EncodeTopic(AbiType.Parse("(string,uint256)"), new object[] { "a", 1 }), Is.EqualTo(Hash32.Keccak([.. paddedA, .. one])));
            Assert.That(AbiEvent.EncodeTopic(AbiType.Parse("string[]"), new object[] { "a" }), Is.EqualTo(Hash32.Keccak(paddedA)));
        });
    }

    [Test]
    public void A_log_of_another_event_is_refused()
    {
        Hash32[] topics = [Hash32.Keccak("Approval(address,address,uint256)"u8), Word(From, AbiType.Address), Word(To, AbiType.Address)];
        Assert.Multiple(() =>
        {
            Assert.That(Transfer.Matches(topics), Is.False);
            Assert.That(() => Transfer.DecodeLog(topics, new byte[32]), Throws.TypeOf<AbiException>().With.Message.Contains("Transfer(address,address,uint256)"));
        });
    }

    [Test]
    public void A_log_with_the_wrong_number_of_topics_is_refused()
    {
        Hash32[] topics = [Transfer.Topic0, Word(From, AbiType.Address)];
        Assert.That(() => Transfer.DecodeLog(topics, new byte[32]), Throws.TypeOf<AbiException>());
    }

    [Test]
    public void An_indexed_topic_that_breaks_strict_mode_is_refused()
    {
        var dirty = new byte[32];
        dirty[0] = 1;
        Hash32[] topics = [Transfer.Topic0, new Hash32(dirty), Word(To, AbiType.Address)];
        Assert.That(() => Transfer.DecodeLog(topics, new byte[32]), Throws.TypeOf<AbiException>().With.Message.Contains("160 bits"));
    }

    [Test]
    public void An_anonymous_event_has_no_signature_topic()
    {
        var anonymous = new AbiEvent("Ping", [new AbiParameter("id", AbiType.UInt256, indexed: true)], anonymous: true);
        var log = anonymous.DecodeLog([Word(7, AbiType.UInt256)], []);
        Assert.That(log["id"], Is.EqualTo(new BigInteger(7)));
    }

    [Test]
    public void More_indexed_inputs_than_a_log_holds_are_refused()
    {
        var inputs = Enumerable.Range(0, 4).Select(i => new AbiParameter($"p{i}", AbiType.Bool, indexed: true)).ToArray();
        Assert.That(() => new AbiEvent("TooMany", inputs), Throws.TypeOf<AbiException>());
    }

    [Test]
    public void Asking_for_an_undeclared_argument_names_the_event()
    {
        var log = Transfer.DecodeLog([Transfer.Topic0, Word(From, AbiType.Address), Word(To, AbiType.Address)], new byte[32]);
        Assert.That(() => log["amount"], Throws.TypeOf<KeyNotFoundException>().With.Message.Contains("Transfer"));
    }

    [Test]
    public void The_hex_of_a_topic_round_trips()
    {
        Assert.That(Hash32.Parse(Transfer.Topic0.ToString()), Is.EqualTo(Transfer.Topic0));
        Assert.That(Hex.Encode(Transfer.Topic0.ToArray()), Is.EqualTo(Transfer.Topic0.ToString()));
    }
}
