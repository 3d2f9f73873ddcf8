namespace PharmaTrace.Gs1.Linters;

/// <summary>Linters on the shape of alphanumeric components.</summary>
internal static class TextLinters
{
    // GS1 General Specifications §1.4.4: the shortest GS1 Company Prefix has four digits. Without
    // a GEPIR lookup, "starts with a GCP" can only mean "starts with at least four digits".
    private const int ShortestCompanyPrefix = 4;

    internal static bool StartsWithCompanyPrefix(ReadOnlySpan<char> data) =>
        data.Length >= ShortestCompanyPrefix && CharacterSets.IsDigits(data[..ShortestCompanyPrefix]);

    /// <summary>For keys that start with an indicator or extension digit (GTIN-14, SSCC).</summary>
    internal static bool HasCompanyPrefixAtSecond(ReadOnlySpan<char> data) =>
        data.Length >= 1 && StartsWithCompanyPrefix(data[1..]);

    /// <summary>AIs 4300-4320, 7253-7259: '%' only as the start of a %XX escape.</summary>
    internal static bool IsPercentEncoded(ReadOnlySpan<char> data)
    {
        for (var i = data.IndexOf('%'); i >= 0; i = data.IndexOf('%'))
        {
            if (i + 2 >= data.Length || !char.IsAsciiHexDigit(data[i + 1]) || !char.IsAsciiHexDigit(data[i + 2]))
            {
                return false;
            }

            data = data[(i + 3)..];
        }

        return true;
    }

    /// <summary>AI 8014: a MUDI must not be all digits, to tell it from a GTIN-based identifier.</summary>
    internal static bool HasNonDigit(ReadOnlySpan<char> data) => !CharacterSets.IsDigits(data);
}
