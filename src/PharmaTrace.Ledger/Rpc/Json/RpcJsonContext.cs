using System.Numerics;
using System.Text.Json.Serialization;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>
/// Source-generated serializers for every type the typed RPC methods send or receive, so those
/// calls never reflect. The converters make <see cref="ulong"/> and <see cref="BigInteger"/> hex
/// quantities and byte memory hex data, as the Ethereum JSON-RPC spec encodes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(QuantityUInt64Converter),
        typeof(QuantityBigIntegerConverter),
        typeof(HexBytesConverter),
        typeof(Hash32Converter),
        typeof(AddressConverter),
        typeof(BlockParameterConverter),
    ])]
[JsonSerializable(typeof(JsonRpcResponse))]
[JsonSerializable(typeof(JsonRpcResponse[]))]
[JsonSerializable(typeof(RpcBlock))]
[JsonSerializable(typeof(RpcTransaction))]
[JsonSerializable(typeof(RpcTransactionReceipt))]
[JsonSerializable(typeof(IReadOnlyList<RpcLog>))]
[JsonSerializable(typeof(RpcFeeHistory))]
[JsonSerializable(typeof(RpcCallRequest))]
[JsonSerializable(typeof(RpcLogFilter))]
[JsonSerializable(typeof(BlockParameter))]
[JsonSerializable(typeof(Address))]
[JsonSerializable(typeof(Hash32))]
[JsonSerializable(typeof(ReadOnlyMemory<byte>))]
[JsonSerializable(typeof(ulong))]
[JsonSerializable(typeof(BigInteger))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double[]))]
internal sealed partial class RpcJsonContext : JsonSerializerContext;
