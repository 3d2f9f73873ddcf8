using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Sending;

/// <summary>
/// What a caller wants sent: recipient, call data and value. The <see cref="TransactionSender"/>
/// fills in nonce, fees, gas and chain id, and signs.
/// </summary>
public sealed record TransactionRequest
{
    /// <summary>The recipient, or <see langword="null"/> for a contract creation (then <see cref="Data"/> is the init code).</summary>
    public required Address? To { get; init; }

    /// <summary>Call data or init code.</summary>
    public ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>Wei sent with the transaction.</summary>
    public BigInteger Value { get; init; }

    /// <summary>
    /// A fixed gas limit. When <see langword="null"/> the sender estimates it (<c>eth_estimateGas</c>)
    /// and adds <see cref="TransactionSenderOptions.GasHeadroomPercent"/>; estimating also surfaces a
    /// revert before anything is signed.
    /// </summary>
    public ulong? GasLimit { get; init; }
}
