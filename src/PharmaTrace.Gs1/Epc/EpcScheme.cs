namespace PharmaTrace.Gs1.Epc;

/// <summary>The EPC URI schemes this library converts (EPC Tag Data Standard §6).</summary>
public enum EpcScheme
{
    /// <summary>urn:epc:id:sgtin: one serialised trade item, AIs (01) + (21).</summary>
    Sgtin,

    /// <summary>urn:epc:class:lgtin: a GTIN and batch/lot, AIs (01) + (10).</summary>
    Lgtin,

    /// <summary>urn:epc:id:sscc: a logistic unit, AI (00).</summary>
    Sscc,

    /// <summary>urn:epc:id:sgln: a location, AI (414) with optional extension AI (254).</summary>
    Sgln,
}
