using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Ledger.Sending;

/// <summary>A transaction mined with success, with the confirmations asked for.</summary>
public sealed record TransactionResult
{
    /// <summary>The transaction hash.</summary>
    public required Hash32 TransactionHash { get; init; }

    /// <summary>The nonce it was signed with.</summary>
    public required ulong Nonce { get; init; }

    /// <summary>The including block's number.</summary>
    public required ulong BlockNumber { get; init; }

    /// <summary>The including block's hash.</summary>
    public required Hash32 BlockHash { get; init; }

    /// <summary>The EIP-658 status: always 1 here, as a reverted receipt is a <see cref="TransactionRevertedException"/>.</summary>
    public required ulong Status { get; init; }

    /// <summary>The gas used.</summary>
    public required ulong GasUsed { get; init; }

    /// <summary>The created contract's address, for a contract creation.</summary>
    public Address? ContractAddress { get; init; }

    /// <summary>The logs emitted.</summary>
    public required IReadOnlyList<RpcLog> Logs { get; init; }
}
