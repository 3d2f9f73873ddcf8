using System.Numerics;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Bench;

/// <summary>
/// The inputs both sides work on, built from fixed values so that bench/ethers-bench.mjs can build
/// the same ones: a 1 KiB message, the Anvil test key #0, a dispatch call and a decommission call.
/// </summary>
public static class Workload
{
    public const string Key = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    public static readonly byte[] Message1K = Enumerable.Range(0, 1024).Select(i => (byte)(i * 7)).ToArray();
    public static readonly byte[] Hash = Keccak256.Hash("pharmatrace"u8);
    public static readonly Address To = Address.Parse("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");

    // dispatch(bytes32 batchId, address to, uint64 quantity, uint256 sscc)
    public static readonly AbiType[] DispatchTypes =
        new[] { "bytes32", "address", "uint64", "uint256" }.Select(AbiType.Parse).ToArray();
    public static readonly object[] DispatchValues = [Hash, To, 1000UL, BigInteger.Parse("106141412345678908")];

    // decommission((bytes32,uint32,bytes32,bytes32[])[] packs, uint8 reason): a basket of 3 packs
    public static readonly AbiType[] DecommissionTypes =
        new[] { "(bytes32,uint32,bytes32,bytes32[])[]", "uint8" }.Select(AbiType.Parse).ToArray();
    public static readonly object[] DecommissionValues =
    [
        Enumerable.Range(0, 3).Select(p => (object)new object[]
        {
            Hash, (uint)(p * 1000), Keccak256.Hash([(byte)p]),
            Enumerable.Range(0, 17).Select(i => (object)Keccak256.Hash([(byte)p, (byte)i])).ToArray(),
        }).ToArray(),
        (byte)0,
    ];
}
