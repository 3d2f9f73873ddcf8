using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// A transaction as <c>eth_getTransactionByHash</c> returns it (execution-apis, "Transaction
/// object"). The block fields are <see langword="null"/> while the transaction is pending.
/// </summary>
public sealed record RpcTransaction
{
    /// <summary>The transaction hash.</summary>
    public required Hash32 Hash { get; init; }

    /// <summary>The sender's nonce.</summary>
    public required ulong Nonce { get; init; }

    /// <summary>The sender.</summary>
    public required Address From { get; init; }

    /// <summary>The recipient; <see langword="null"/> for a contract creation.</summary>
    public Address? To { get; init; }

    /// <summary>Wei sent.</summary>
    public BigInteger Value { get; init; }

    /// <summary>The gas limit.</summary>
    public required ulong Gas { get; init; }

    /// <summary>Legacy gas price, or the effective price of a mined EIP-1559 transaction.</summary>
    public BigInteger? GasPrice { get; init; }

    /// <summary>EIP-1559 fee cap; <see langword="null"/> for legacy transactions.</summary>
    public BigInteger? MaxFeePerGas { get; init; }

    /// <summary>EIP-1559 tip cap; <see langword="null"/> for legacy transactions.</summary>
    public BigInteger? MaxPriorityFeePerGas { get; init; }

    /// <summary>Call data or init code.</summary>
    public ReadOnlyMemory<byte> Input { get; init; }

    /// <summary>The EIP-2718 type.</summary>
    public ulong? Type { get; init; }

    /// <summary>The EIP-155 chain id; absent on unprotected legacy transactions.</summary>
    public ulong? ChainId { get; init; }

    /// <summary>The including block's hash, or <see langword="null"/> while pending.</summary>
    public Hash32? BlockHash { get; init; }

    /// <summary>The including block's number, or <see langword="null"/> while pending.</summary>
    public ulong? BlockNumber { get; init; }

    /// <summary>The position in the block, or <see langword="null"/> while pending.</summary>
    public ulong? TransactionIndex { get; init; }
}
