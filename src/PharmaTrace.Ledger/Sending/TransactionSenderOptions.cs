using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Ledger.Sending;

/// <summary>How a <see cref="TransactionSender"/> estimates, waits and recovers.</summary>
public sealed record TransactionSenderOptions
{
    /// <summary>Added to <c>eth_estimateGas</c>, in percent: estimates are exact for the state they ran on, which moves.</summary>
    public int GasHeadroomPercent { get; init; } = 20;

    /// <summary>Blocks including the transaction's own before it counts as mined; 1 is "in a block".</summary>
    public int Confirmations { get; init; } = 1;

    /// <summary>How often the monitor polls the node for receipts, drops and the account nonce.</summary>
    public TimeSpan PollingInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>An accepted transaction neither mined nor seen by the node for this long counts as dropped and is rebroadcast.</summary>
    public TimeSpan DropTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the cached nonce is checked against <c>eth_getTransactionCount(pending)</c> even without errors.</summary>
    public TimeSpan NonceRevalidationInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long fees read from the chain are reused.</summary>
    public TimeSpan FeeCacheDuration { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How many times one request is re-signed after "nonce too low" or "nonce too high" before giving up.</summary>
    public int MaxResignAttempts { get; init; } = 5;

    /// <summary>Decodes revert data into a custom error; the default knows PharmaLedger's errors.</summary>
    public Func<ReadOnlyMemory<byte>, ContractError?> ErrorDecoder { get; init; } =
        data => PharmaLedger.TryDecodeError(data.Span, out var error) ? error : null;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(GasHeadroomPercent);
        ArgumentOutOfRangeException.ThrowIfLessThan(Confirmations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxResignAttempts, 0);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollingInterval, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(ErrorDecoder);
    }
}
