using System.ComponentModel;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>One scanned or typed GS1 code.</summary>
[Description("One GS1 code: raw scanner data (e.g. \"]d2\" then AIs with GS separators), bracketed text, unbracketed text with '^' as FNC1, a GS1 Digital Link URI or an EPC URI.")]
public sealed record Gs1CodeRequest(
    [property: Description("The code as the scanner or person produced it.")] string? Code);
