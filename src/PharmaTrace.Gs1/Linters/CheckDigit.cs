namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// The GS1 modulo-10 check digit of GTIN, GLN, SSCC, GSIN, GDTI... (GS1 General Specifications
/// §7.9.1, "Standard check digit calculations for GS1 data structures"): from the right, digits are
/// weighted 3, 1, 3, 1...; the check digit brings the sum up to a multiple of ten.
/// </summary>
public static class CheckDigit
{
    /// <summary>The check digit for <paramref name="digits"/> (the data without its check digit).</summary>
    /// <exception cref="ArgumentException">A character is not a digit, or there are none.</exception>
    public static char Compute(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || !TryCompute(digits, out var check))
        {
            throw new ArgumentException("Only digits have a GS1 check digit.", nameof(digits));
        }

        return check;
    }

    /// <summary>True when the last digit is the right check digit for the ones before it.</summary>
    public static bool IsValid(ReadOnlySpan<char> digitsWithCheckDigit) =>
        digitsWithCheckDigit.Length >= 2
        && TryCompute(digitsWithCheckDigit[..^1], out var check)
        && digitsWithCheckDigit[^1] == check;

    internal static bool TryCompute(ReadOnlySpan<char> digits, out char check)
    {
        var sum = 0;
        var weight = 3;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if ((uint)d > 9)
            {
                check = '\0';
                return false;
            }

            sum += d * weight;
            weight = 4 - weight;
        }

        check = (char)('0' + ((10 - (sum % 10)) % 10));
        return true;
    }
}
