using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Contracts;

public sealed class FunctionCallTests
{
    private static readonly Address Pharmacy = Address.Parse("0x00000000000000000000000000000000000000d4");

    [Test]
    public void Dispatch_calldata_is_the_selector_then_the_encoded_arguments()
    {
        var batchId = Hash32.Keccak([2]);
        var calldata = PharmaLedger.EncodeDispatch(batchId, Pharmacy, 24, new BigInteger(376123450000000017));

        byte[] expected = [.. Hash32.Keccak("dispatch(bytes32,address,uint64,uint256)"u8).ToArray()[..4],
            .. AbiEncoder.Encode([AbiType.Bytes32, AbiType.Address, AbiType.UnsignedInteger(64), AbiType.UInt256],
                [batchId, Pharmacy, 24UL, new BigInteger(376123450000000017)])];
        Assert.That(calldata, Is.EqualTo(expected));
    }

    [Test]
    public void A_struct_argument_is_encoded_as_a_tuple()
    {
        var proof = new PharmaLedger.PackProof(Hash32.Keccak([1]), 3, Hash32.Keccak([2]), [Hash32.Keccak([5]), Hash32.Keccak([6])]);
        var calldata = PharmaLedger.EncodeVerifyPack(proof);

        var tuple = AbiType.Parse("(bytes32,uint32,bytes32,bytes32[])");
        byte[] expected = [.. Hash32.Keccak("verifyPack((bytes32,uint32,bytes32,bytes32[]))"u8).ToArray()[..4],
            .. AbiEncoder.Encode([tuple], [new object[] { proof.BatchId, 3u, proof.SerialHash, proof.Proof }])];
        Assert.That(calldata, Is.EqualTo(expected));
    }

    [Test]
    public void A_struct_return_value_decodes_to_its_record()
    {
        var manufacturer = Address.Parse("0x00000000000000000000000000000000000000e5");
        var tuple = AbiType.Parse("(address,uint32,uint32,uint32,bytes32,uint64,uint64,uint64,bool,uint32)");
        var returnData = AbiEncoder.Encode([tuple], [new object[] { manufacturer, 20271231u, 100u, 100u, Hash32.Keccak([8]), 4012345000009UL, 7UL, 9UL, true, 3u }]);

        var batch = PharmaLedger.DecodeBatchOfOutput(returnData);

        Assert.That(batch.ToAbiValues(), Is.EqualTo(new object[] { manufacturer, 20271231u, 100u, 100u, Hash32.Keccak([8]), 4012345000009UL, 7UL, 9UL, true, 3u }));
    }

    [Test]
    public void An_enum_return_value_decodes_to_the_generated_enum()
    {
        var returnData = AbiEncoder.Encode([AbiType.UnsignedInteger(8)], [(byte)2]);
        Assert.That(PharmaLedger.DecodeCountryStatusOfOutput(returnData), Is.EqualTo(PharmaLedger.CountryStatus.Recalled));
    }

    [Test]
    public void Harness_root_decodes_a_bytes32_and_proof_a_bytes32_array()
    {
        var root = Hash32.Keccak([1]);
        Hash32[] proof = [Hash32.Keccak([2]), Hash32.Keccak([3])];
        Assert.Multiple(() =>
        {
            Assert.That(StandardMerkleTreeHarness.DecodeRootOutput(AbiEncoder.Encode([AbiType.Bytes32], [root])), Is.EqualTo(root));
            Assert.That(StandardMerkleTreeHarness.DecodeProofOutput(AbiEncoder.Encode([AbiType.Parse("bytes32[]")], [proof])), Is.EqualTo(proof));
        });
    }

    [Test]
    public void Deployment_data_is_the_bytecode_then_the_constructor_arguments()
    {
        var data = PharmaLedger.EncodeDeployment([[0x44, 0x45]], [Pharmacy], [4012345000009], ["Germany"]);
        var code = PharmaTrace.Ledger.Codecs.Hex.Decode(PharmaLedger.BytecodeHex);
        Assert.That(data.AsSpan(0, code.Length).SequenceEqual(code), Is.True);
        Assert.That(data, Has.Length.GreaterThan(code.Length + (4 * 32)));
    }
}
