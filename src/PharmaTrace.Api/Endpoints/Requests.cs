using System.ComponentModel;

namespace PharmaTrace.Api.Endpoints;

[Description("A participant to admit in the calling regulator's country.")]
public sealed record AdmitParticipantRequest(
    [property: Description("Manufacturer, Wholesaler, Customs or Pharmacy.")] string? Role,
    [property: Description("The participant's name.")] string? Name,
    [property: Description("GLN-13 with a valid check digit.")] string? Gln,
    [property: Description("The participant's own address (it signs on its own node); omit to have this service generate and host its key.")] string? Address);

[Description("Why a state changes.")]
public sealed record ReasonRequest([property: Description("A short reason, recorded on the ledger (1 to 200 characters).")] string? Reason);

[Description("A new member country proposed by a member regulator.")]
public sealed record ProposeCountryRequest(
    [property: Description("ISO 3166-1 alpha-2 code, e.g. IT.")] string? Code,
    [property: Description("The new country's regulator's address.")] string? Regulator,
    [property: Description("The regulator's GLN-13.")] string? Gln,
    [property: Description("The regulator's name.")] string? Name);

[Description("A batch to register with its serialised packs.")]
public sealed record RegisterBatchRequest(
    [property: Description("GTIN-8/12/13/14 with a valid check digit.")] string? Gtin,
    [property: Description("Lot (GS1 AI 10): 1 to 20 characters of GS1 set 82.")] string? Lot,
    [property: Description("Expiry date, YYYY-MM-DD, in the future.")] string? Expiry,
    [property: Description("The packs' serial numbers (GS1 AI 21), 1 to 100,000, unique.")] IReadOnlyList<string>? Serials);

[Description("A shipment of a quantity of a batch.")]
public sealed record DispatchRequest(
    [property: Description("The batch's GTIN.")] string? Gtin,
    [property: Description("The batch's lot.")] string? Lot,
    [property: Description("Packs shipped, at least 1.")] ulong Quantity,
    [property: Description("The recipient: its address (0x...) or its GLN-13.")] string? To,
    [property: Description("Optional SSCC-18 of the logistic unit.")] string? Sscc);

[Description("A customs decision on a cross-border shipment.")]
public sealed record CustomsDecisionRequest(
    [property: Description("release, hold or seize.")] string? Decision,
    [property: Description("A short reason.")] string? Reason);
