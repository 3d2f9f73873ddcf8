namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// The check character pair of alphanumeric keys such as the GMN (AI 8013) and MUDI (AI 8014)
/// (GS1 General Specifications §7.9.5, "Check character calculation (for alphanumeric keys)"):
/// each character's value in character set 82 is weighted by a prime (2, 3, 5... from the right),
/// the sum is taken modulo 1021, and its two 5-bit halves are written in character set 32.
/// </summary>
public static class CheckCharacterPair
{
    // §7.9.5 Figure 7.9.5-2: the 32 characters that may carry the check pair, in value order.
    private const string Cset32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    // Enough primes for the longest AI value (99 characters) less its two check characters.
    private static readonly int[] Primes =
    [
        2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89,
        97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191,
        193, 197, 199, 211, 223, 227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293,
        307, 311, 313, 317, 331, 337, 347, 349, 353, 359, 367, 373, 379, 383, 389, 397, 401, 409, 419,
        421, 431, 433, 439, 443, 449, 457, 461, 463, 467, 479, 487, 491, 499, 503, 509,
    ];

    /// <summary>The two check characters for <paramref name="data"/> (character set 82).</summary>
    /// <exception cref="ArgumentException">A character is outside character set 82, or the data is too long.</exception>
    public static string Compute(ReadOnlySpan<char> data)
    {
        if (!TryCompute(data, out var first, out var second))
        {
            throw new ArgumentException("Data must be at most 97 characters of GS1 character set 82.", nameof(data));
        }

        return string.Create(2, (first, second), static (span, pair) =>
        {
            span[0] = pair.first;
            span[1] = pair.second;
        });
    }

    /// <summary>True when the last two characters are the right check pair for the ones before.</summary>
    public static bool IsValid(ReadOnlySpan<char> dataWithCheckPair) =>
        dataWithCheckPair.Length >= 2
        && TryCompute(dataWithCheckPair[..^2], out var first, out var second)
        && dataWithCheckPair[^2] == first
        && dataWithCheckPair[^1] == second;

    private static bool TryCompute(ReadOnlySpan<char> data, out char first, out char second)
    {
        first = second = '\0';
        if (data.Length > Primes.Length)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var value = CharacterSets.Cset82.IndexOf(data[i], StringComparison.Ordinal);
            if (value < 0)
            {
                return false;
            }

            sum += value * Primes[data.Length - 1 - i];
        }

        sum %= 1021;
        first = Cset32[sum >> 5];
        second = Cset32[sum & 31];
        return true;
    }
}
