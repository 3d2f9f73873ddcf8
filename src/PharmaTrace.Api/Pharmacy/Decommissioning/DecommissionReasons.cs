using System.Diagnostics.CodeAnalysis;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>The decommission reasons as the API spells them: snake case of the contract's enum, as the read model stores them.</summary>
public static class DecommissionReasons
{
    /// <summary>Every accepted spelling, for messages.</summary>
    public static string Accepted { get; } = string.Join(", ", Enum.GetValues<PharmaLedger.DecommissionReason>().Select(LedgerValues.Reason));

    /// <summary>Reads a reason the read model wrote (<see cref="LedgerValues.Reason"/>).</summary>
    /// <exception cref="FormatException">The text is no reason.</exception>
    public static PharmaLedger.DecommissionReason Parse(string text) =>
        TryParse(text, out var reason) ? reason.Value : throw new FormatException($"'{text}' is not a decommission reason ({Accepted}).");

    /// <summary>Reads a reason; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PharmaLedger.DecommissionReason? reason)
    {
        reason = Enum.GetValues<PharmaLedger.DecommissionReason>().Cast<PharmaLedger.DecommissionReason?>()
            .FirstOrDefault(r => string.Equals(LedgerValues.Reason(r!.Value), text, StringComparison.Ordinal));
        return reason is not null;
    }
}
