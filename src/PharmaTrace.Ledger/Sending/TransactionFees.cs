using System.Numerics;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// The fees a transaction is signed with: EIP-1559 (<see cref="MaxFeePerGas"/> and
/// <see cref="MaxPriorityFeePerGas"/>) on chains whose blocks carry a base fee, otherwise a legacy
/// <see cref="GasPrice"/>. All zero on zero-fee private networks.
/// </summary>
public sealed record TransactionFees
{
    /// <summary>The legacy gas price; <see langword="null"/> for EIP-1559 fees.</summary>
    public BigInteger? GasPrice { get; init; }

    /// <summary>The EIP-1559 fee cap; 0 for legacy fees.</summary>
    public BigInteger MaxFeePerGas { get; init; }

    /// <summary>The EIP-1559 tip cap; 0 for legacy fees.</summary>
    public BigInteger MaxPriorityFeePerGas { get; init; }

    /// <summary>Whether these are legacy (pre-London) fees.</summary>
    public bool IsLegacy => GasPrice is not null;

    /// <summary>Legacy fees at <paramref name="gasPrice"/>.</summary>
    public static TransactionFees Legacy(BigInteger gasPrice) => new() { GasPrice = gasPrice };

    /// <summary>
    /// EIP-1559 fees: a fee cap of twice the base fee plus the tip, so the transaction stays
    /// includable through six full blocks in a row (each may raise the base fee by 12.5%).
    /// </summary>
    public static TransactionFees Eip1559(BigInteger baseFee, BigInteger tip) =>
        new() { MaxFeePerGas = (2 * baseFee) + tip, MaxPriorityFeePerGas = tip };
}
