using System.Numerics;
using System.Text.Json.Nodes;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Contracts;

public sealed class EventDecodingTests
{
    private static readonly Address Manufacturer = Address.Parse("0x00000000000000000000000000000000000000a1");
    private static readonly Address Wholesaler = Address.Parse("0x00000000000000000000000000000000000000b2");

    [Test]
    public void A_hand_built_shipment_dispatched_log_decodes_to_its_record()
    {
        var batchId = Hash32.Keccak([1]);
        // ABI spec, "Events": indexed value types are topics (their encoding), the rest is the data tuple.
        Hash32[] topics =
        [
            Hash32.Keccak("ShipmentDispatched(uint256,bytes32,address,address,bytes2,bytes2,uint64,uint256)"u8),
            Word(AbiType.UInt256, new BigInteger(7)),
            batchId,
            Word(AbiType.Address, Manufacturer),
        ];
        var data = AbiEncoder.Encode(
            [AbiType.Address, AbiType.FixedBytes(2), AbiType.FixedBytes(2), AbiType.UnsignedInteger(64), AbiType.UInt256],
            [Wholesaler, "DE"u8.ToArray(), "FR"u8.ToArray(), 120UL, new BigInteger(3_76123450_000000001)]);

        Assert.That(PharmaLedger.TryDecodeEvent(topics, data, out var evt), Is.True);
        Assert.That(evt, Is.EqualTo(new PharmaLedger.ShipmentDispatchedEvent(
            7, batchId, Manufacturer, Wholesaler, "DE"u8.ToArray(), "FR"u8.ToArray(), 120, new BigInteger(3_76123450_000000001))));
    }

    [Test]
    public void An_enum_in_event_data_is_a_uint8_and_decodes_to_the_generated_enum()
    {
        // ParticipantAdmitted's data starts with the role: Solidity encodes enums as uint8 (ABI spec, "JSON").
        var evt = new PharmaLedger.ParticipantAdmittedEvent(Manufacturer, "DE"u8.ToArray(), PharmaLedger.Role.Manufacturer, 4012345000009, "Acme", Wholesaler);
        var (topics, data) = evt.Encode();
        var decoded = PharmaLedger.ParticipantAdmittedEvent.Decode(topics, data);
        Assert.That(decoded.Role, Is.EqualTo(PharmaLedger.Role.Manufacturer));
        Assert.That(AbiDecoder.Decode([AbiType.UnsignedInteger(8)], data.AsSpan(0, 32))[0], Is.EqualTo(new BigInteger(2)));
    }

    [TestCaseSource(nameof(EventNames))]
    public void Every_event_round_trips_through_a_log(string eventName)
    {
        var entry = ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "event").Single(e => (string)e["name"]! == eventName);
        var inputs = entry["inputs"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var record = typeof(PharmaLedger).GetNestedType(eventName + "Event")!;
        var hashed = inputs.Select(p => (bool)p["indexed"]! && !IsValueType(ArtifactFiles.CanonicalType(p))).ToArray();
        var evt = Activator.CreateInstance(record, SampleValues.ForRecord(record, inputs.Select(ArtifactFiles.CanonicalType).ToList(), hashed))!;
        var (topics, data) = ((Hash32[], byte[]))record.GetMethod("Encode")!.Invoke(evt, null)!;

        Assert.That(PharmaLedger.TryDecodeEvent(topics, data, out var decoded), Is.True);
        Assert.That(decoded, Is.EqualTo(evt));
        Assert.That(decoded!.GetType(), Is.EqualTo(record));
    }

    [Test]
    public void A_log_of_another_event_signature_is_not_decoded()
    {
        var data = AbiEncoder.Encode([AbiType.UInt256], [BigInteger.One]);
        Hash32[] topics = [Hash32.Keccak("Transfer(address,address,uint256)"u8), Hash32.Zero, Hash32.Zero];
        Assert.That(PharmaLedger.TryDecodeEvent(topics, data, out var evt), Is.False);
        Assert.That(evt, Is.Null);
    }

    [Test]
    public void Decoding_a_log_as_the_wrong_event_is_refused()
    {
        var (topics, data) = new PharmaLedger.BatchCompletedEvent(Hash32.Keccak([9]), 10).Encode();
        Assert.That(() => PharmaLedger.ShipmentReceivedEvent.Decode(topics, data), Throws.TypeOf<AbiException>());
    }

    private static IEnumerable<string> EventNames() =>
        ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "event").Select(e => (string)e["name"]!);

    private static bool IsValueType(string type) =>
        !type.EndsWith(']') && !type.StartsWith('(') && type is not "string" and not "bytes";

    private static Hash32 Word(AbiType type, object value) => new(AbiEncoder.Encode([type], [value]));
}
