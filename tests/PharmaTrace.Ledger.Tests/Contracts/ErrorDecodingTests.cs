using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Contracts;

public sealed class ErrorDecodingTests
{
    [Test]
    public void Revert_data_of_batch_expired_decodes_to_its_name_arguments_and_record()
    {
        var batchId = Hash32.Keccak([4]);
        // ABI spec, "Errors": the selector of the signature, then the arguments encoded as a tuple.
        byte[] revertData = [.. Hash32.Keccak("BatchExpired(bytes32,uint32)"u8).ToArray()[..4],
            .. AbiEncoder.Encode([AbiType.Bytes32, AbiType.UnsignedInteger(32)], [batchId, 20_260_101u])];

        Assert.That(PharmaLedger.TryDecodeError(revertData, out var error), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Name, Is.EqualTo("BatchExpired"));
            Assert.That(error.Signature, Is.EqualTo("BatchExpired(bytes32,uint32)"));
            Assert.That(error.Arguments, Is.EqualTo(new[]
            {
                new ContractErrorArgument("batchId", "bytes32", batchId),
                new ContractErrorArgument("expiry", "uint32", 20_260_101u),
            }));
            Assert.That(error.Value, Is.EqualTo(new PharmaLedger.BatchExpiredError(batchId, 20_260_101u)));
        });
    }

    [Test]
    public void An_enum_argument_decodes_to_the_generated_enum()
    {
        var account = Address.Parse("0x00000000000000000000000000000000000000c3");
        byte[] revertData = [.. Hash32.Keccak("ParticipantRoleRequired(address,uint8,uint8)"u8).ToArray()[..4],
            .. AbiEncoder.Encode([AbiType.Address, AbiType.UnsignedInteger(8), AbiType.UnsignedInteger(8)], [account, (byte)3, (byte)2])];

        Assert.That(PharmaLedger.TryDecodeError(revertData, out var error), Is.True);
        Assert.That(error!.Value, Is.EqualTo(new PharmaLedger.ParticipantRoleRequiredError(
            account, PharmaLedger.Role.Wholesaler, PharmaLedger.Role.Manufacturer)));
    }

    [TestCaseSource(nameof(ErrorNames))]
    public void Every_error_round_trips_through_revert_data(string errorName)
    {
        var entry = ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "error").Single(e => (string)e["name"]! == errorName);
        var types = entry["inputs"]!.AsArray().Select(p => ArtifactFiles.CanonicalType(p!.AsObject())).ToList();
        var record = typeof(PharmaLedger).GetNestedType(errorName + "Error")!;
        var error = Activator.CreateInstance(record, SampleValues.ForRecord(record, types, new bool[types.Count]))!;
        var revertData = (byte[])record.GetMethod("Encode")!.Invoke(error, null)!;

        Assert.That(PharmaLedger.TryDecodeError(revertData, out var decoded), Is.True);
        Assert.That(decoded!.Name, Is.EqualTo(errorName));
        Assert.That(decoded.Value, Is.EqualTo(error));
        Assert.That(decoded.Arguments.Select(a => a.Type), Is.EqualTo(types));
    }

    [Test]
    public void A_solidity_error_string_is_not_a_custom_error_of_the_ledger()
    {
        byte[] revertData = [.. Hash32.Keccak("Error(string)"u8).ToArray()[..4], .. AbiEncoder.Encode([AbiType.Utf8String], ["no"])];
        Assert.That(PharmaLedger.TryDecodeError(revertData, out var error), Is.False);
        Assert.That(error, Is.Null);
    }

    [Test]
    public void Revert_data_shorter_than_a_selector_is_not_decoded()
    {
        Assert.That(PharmaLedger.TryDecodeError(new byte[] { 0x12, 0x34 }, out _), Is.False);
    }

    [Test]
    public void Truncated_arguments_of_a_known_error_are_refused()
    {
        var data = new PharmaLedger.ShipmentUnknownError(new BigInteger(5)).Encode();
        Assert.That(() => PharmaLedger.TryDecodeError(data.AsSpan(0, 20), out _), Throws.TypeOf<AbiException>());
    }

    private static IEnumerable<string> ErrorNames() =>
        ArtifactFiles.Entries(ArtifactFiles.PharmaLedger, "error").Select(e => (string)e["name"]!);
}
