namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>ISO 3166-1 alpha-2 codes as the ledger writes them (bytes2 ASCII).</summary>
public static class CountryCodes
{
    /// <summary>True for two upper-case ASCII letters; the contract's 0x0000 ("everywhere") is not a country.</summary>
    public static bool IsCountry(string? code) =>
        code is { Length: 2 } && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]);
}
