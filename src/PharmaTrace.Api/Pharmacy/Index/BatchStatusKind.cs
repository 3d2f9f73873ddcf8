namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>The batch status changes of the ledger (BatchRecalled, BatchQuarantined, BatchQuarantineReleased).</summary>
public enum BatchStatusKind
{
    /// <summary>BatchRecalled.</summary>
    Recalled,

    /// <summary>BatchQuarantined.</summary>
    Quarantined,

    /// <summary>BatchQuarantineReleased.</summary>
    Released,
}
