using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The transaction-like argument of <c>eth_call</c> and <c>eth_estimateGas</c>
/// (execution-apis, "GenericTransaction"). Unset fields are left out, and the node fills them in.
/// </summary>
public sealed record RpcCallRequest
{
    /// <summary>The sender the call runs as; the zero address when absent.</summary>
    public Address? From { get; init; }

    /// <summary>The contract called; absent to run <see cref="Data"/> as init code.</summary>
    public Address? To { get; init; }

    /// <summary>A gas limit for the call.</summary>
    public ulong? Gas { get; init; }

    /// <summary>A legacy gas price; do not combine with the EIP-1559 fields.</summary>
    public BigInteger? GasPrice { get; init; }

    /// <summary>The EIP-1559 fee cap.</summary>
    public BigInteger? MaxFeePerGas { get; init; }

    /// <summary>The EIP-1559 tip cap.</summary>
    public BigInteger? MaxPriorityFeePerGas { get; init; }

    /// <summary>Wei sent with the call.</summary>
    public BigInteger? Value { get; init; }

    /// <summary>
    /// The call data. Sent as <c>data</c>, which every node we target accepts; the newer name
    /// <c>input</c> is refused by some older ones.
    /// </summary>
    public ReadOnlyMemory<byte>? Data { get; init; }
}
