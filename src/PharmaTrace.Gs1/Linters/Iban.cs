namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// IBAN check for AI 8007 (ISO 13616): an ISO 3166 alpha-2 country, two check digits, then up to
/// 30 upper-case letters and digits; the whole, rotated and read as a number with A=10 ... Z=35,
/// is 1 modulo 97.
/// </summary>
internal static class Iban
{
    internal static bool IsValid(ReadOnlySpan<char> data)
    {
        if (data.Length is < 5 or > 34
            || !CountryCodes.IsAlpha2(data[..2])
            || !CharacterSets.IsDigit(data[2])
            || !CharacterSets.IsDigit(data[3]))
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[(i + 4) % data.Length];
            int value;
            if (CharacterSets.IsDigit(c))
            {
                value = c - '0';
                remainder = ((remainder * 10) + value) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                value = c - 'A' + 10;
                remainder = ((remainder * 100) + value) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
