using System.Numerics;
using BenchmarkDotNet.Attributes;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Bench;

/// <summary>The client's hot operations; each name matches a row of bench/ethers-bench.mjs.</summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods.")]
public class LedgerBenchmarks
{
    private readonly PrivateKey _key = PrivateKey.FromHex(Workload.Key);
    private readonly byte[] _hashOut = new byte[32];
    private byte[] _dispatchEncoded = [];
    private byte[] _decommissionEncoded = [];
    private byte[] _signedRaw = [];

    [GlobalSetup]
    public void Setup()
    {
        _dispatchEncoded = AbiEncoder.Encode(Workload.DispatchTypes, Workload.DispatchValues);
        _decommissionEncoded = AbiEncoder.Encode(Workload.DecommissionTypes, Workload.DecommissionValues);
        _signedRaw = Transfer(0).Sign(_key).RawBytes.ToArray();
    }

    private static Eip1559Transaction Transfer(ulong nonce) => new()
    {
        ChainId = 31337,
        Nonce = nonce,
        GasLimit = 100_000,
        To = Workload.To,
        Value = BigInteger.One,
        MaxPriorityFeePerGas = 1_000_000_000,
        MaxFeePerGas = 2_000_000_000,
        Data = Workload.Message1K.AsMemory(0, 68),
    };

    [Benchmark(Description = "keccak256 of 1 KiB")]
    public void Keccak1K() => Keccak256.Hash(Workload.Message1K, _hashOut);

    [Benchmark(Description = "sign a hash (RFC 6979, recovery id)")]
    public Signature SignHash() => _key.Sign(Workload.Hash);

    [Benchmark(Description = "sign an EIP-1559 transaction")]
    public SignedTransaction SignTransaction() => Transfer(7).Sign(_key);

    [Benchmark(Description = "decode a signed transaction and recover its sender")]
    public SignedTransaction RecoverSender() => SignedTransaction.Decode(_signedRaw);

    [Benchmark(Description = "ABI encode dispatch(bytes32,address,uint64,uint256)")]
    public byte[] EncodeDispatch() => AbiEncoder.Encode(Workload.DispatchTypes, Workload.DispatchValues);

    [Benchmark(Description = "ABI decode dispatch(bytes32,address,uint64,uint256)")]
    public object[] DecodeDispatch() => AbiDecoder.Decode(Workload.DispatchTypes, _dispatchEncoded);

    [Benchmark(Description = "ABI encode decommission of 3 packs with 17-hash proofs")]
    public byte[] EncodeDecommission() => AbiEncoder.Encode(Workload.DecommissionTypes, Workload.DecommissionValues);

    [Benchmark(Description = "ABI decode decommission of 3 packs with 17-hash proofs")]
    public object[] DecodeDecommission() => AbiDecoder.Decode(Workload.DecommissionTypes, _decommissionEncoded);
}
