namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>The pack events of the ledger (PackDecommissioned, PackReactivated, FalsificationAlertRaised).</summary>
public enum PackEventKind
{
    /// <summary>PackDecommissioned.</summary>
    Decommissioned,

    /// <summary>PackReactivated (an undo within 10 days).</summary>
    Reactivated,

    /// <summary>FalsificationAlertRaised: a second decommission of an inactive pack.</summary>
    Alert,
}
