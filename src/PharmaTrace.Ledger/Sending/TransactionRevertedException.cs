using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// The contract refused: either <c>eth_estimateGas</c> reverted, so nothing was signed
/// (<see cref="TransactionHash"/> is <see langword="null"/>), or the transaction was mined with
/// status 0 (<see cref="TransactionHash"/> names it). <see cref="Error"/> is the decoded custom error
/// when the revert data is one.
/// </summary>
public sealed class TransactionRevertedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TransactionRevertedException(Hash32? transactionHash, ReadOnlyMemory<byte> revertData, ContractError? error, Exception? innerException)
        : base(Describe(transactionHash, revertData, error), innerException)
    {
        TransactionHash = transactionHash;
        RevertData = revertData;
        Error = error;
    }

    /// <summary>The mined transaction that reverted, or <see langword="null"/> when the estimate reverted.</summary>
    public Hash32? TransactionHash { get; }

    /// <summary>The revert bytes; empty when the node did not give them.</summary>
    public ReadOnlyMemory<byte> RevertData { get; }

    /// <summary>The custom error, or <see langword="null"/> when the data is not a known one.</summary>
    public ContractError? Error { get; }

    private static string Describe(Hash32? hash, ReadOnlyMemory<byte> data, ContractError? error)
    {
        var what = hash is { } h ? $"Transaction {h} reverted" : "The transaction would revert (gas estimate)";
        var why = error is not null
            ? $"{error.Name}({string.Join(", ", error.Arguments.Select(a => $"{a.Name}: {a.Value}"))})"
            : $"revert data {Hex.Encode(data.Span)}";
        return $"{what}: {why}.";
    }
}
