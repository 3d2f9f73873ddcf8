using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>One Application Identifier found in a code.</summary>
[Description("An Application Identifier found in the code, with the GS1 Barcode Syntax Dictionary's title.")]
public sealed record Gs1ElementFound(
    [property: Description("The AI, e.g. \"01\".")] string Ai,
    [property: Description("The dictionary's title, e.g. \"GTIN\".")] string Title,
    [property: Description("The value as carried in the barcode.")] string Value);
