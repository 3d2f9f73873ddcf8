using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>The identifiers a code carries, normalised.</summary>
[Description("The identifiers of the code, normalised: GTIN-14, EPC URN, Digital Link, lot, expiry and serial.")]
public sealed record Gs1Identifiers(
    [property: Description("The GTIN as 14 digits, when AI (01) is present.")] string? Gtin,
    [property: Description("The EPC pure identity URN (sgtin, sscc, lgtin or sgln), when the code has one.")] string? EpcUri,
    [property: Description("The number of digits of the GS1 Company Prefix used to write the EPC URN.")] int? CompanyPrefixLength,
    [property: Description("True when the company prefix length was not known but assumed (7 digits): the URN is then provisional, EPC Tag Data Standard §6.3.")] bool? CompanyPrefixLengthAssumed,
    [property: Description("The GS1 Digital Link URI on the canonical id.gs1.org domain, when the code has a primary key.")] string? DigitalLink,
    [property: Description("The batch or lot number, AI (10).")] string? Lot,
    [property: Description("The expiry date, AI (17), as YYYY-MM-DD, century by GS1 General Specifications §7.12 (day 00, the month's last day, is kept as written).")] string? Expiry,
    [property: Description("The serial number, AI (21).")] string? Serial);
