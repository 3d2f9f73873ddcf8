using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The receipt of a mined transaction (execution-apis, "Receipt object").
/// </summary>
public sealed record RpcTransactionReceipt
{
    /// <summary>The transaction hash.</summary>
    public required Hash32 TransactionHash { get; init; }

    /// <summary>The position of the transaction in its block.</summary>
    public ulong TransactionIndex { get; init; }

    /// <summary>The block that includes the transaction.</summary>
    public required Hash32 BlockHash { get; init; }

    /// <summary>The number of that block.</summary>
    public required ulong BlockNumber { get; init; }

    /// <summary>The sender.</summary>
    public Address From { get; init; }

    /// <summary>The recipient; <see langword="null"/> for a contract creation.</summary>
    public Address? To { get; init; }

    /// <summary>The address of the contract created, if the transaction created one.</summary>
    public Address? ContractAddress { get; init; }

    /// <summary>1 for success, 0 for failure (EIP-658); <see langword="null"/> before Byzantium.</summary>
    public ulong? Status { get; init; }

    /// <summary>Whether the transaction succeeded (EIP-658 status 1).</summary>
    public bool Succeeded => Status == 1;

    /// <summary>The gas this transaction used.</summary>
    public required ulong GasUsed { get; init; }

    /// <summary>The gas the block had used up to and including this transaction.</summary>
    public ulong CumulativeGasUsed { get; init; }

    /// <summary>The price per gas actually paid: base fee plus tip (EIP-1559); absent on old nodes.</summary>
    public BigInteger? EffectiveGasPrice { get; init; }

    /// <summary>The EIP-2718 transaction type; absent on nodes that predate it.</summary>
    public ulong? Type { get; init; }

    /// <summary>The logs the transaction emitted.</summary>
    public IReadOnlyList<RpcLog> Logs { get; init; } = [];
}
