using System.Diagnostics.CodeAnalysis;
using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>The decommission reasons as the API spells them (snake case of the contract's enum).</summary>
public static class DecommissionReasons
{
    /// <summary>Every accepted spelling, for messages.</summary>
    public static string Accepted { get; } = string.Join(", ", Enum.GetValues<PharmaLedger.DecommissionReason>().Select(PackVerifier.ReasonName));

    /// <summary>Reads a reason; false for anything else.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out PharmaLedger.DecommissionReason? reason)
    {
        reason = Enum.GetValues<PharmaLedger.DecommissionReason>().Cast<PharmaLedger.DecommissionReason?>()
            .FirstOrDefault(r => string.Equals(PackVerifier.ReasonName(r!.Value), text, StringComparison.Ordinal));
        return reason is not null;
    }
}
