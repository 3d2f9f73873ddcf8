using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Decommissioning;

/// <summary>One pack of a basket.</summary>
[Description("A pack of the basket: its code's position, GTIN, serial and place in its batch.")]
public sealed record DecommissionedPack(
    [property: Description("Its position in the request's codes.")] int Position,
    [property: Description("GTIN-14.")] string Gtin,
    [property: Description("Serial number.")] string Serial,
    [property: Description("The batch id.")] string BatchId,
    [property: Description("The leaf index in the batch.")] uint Index);
