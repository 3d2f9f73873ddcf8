namespace PharmaTrace.Gs1.Linters;

/// <summary>Linters on the meaning of numeric components.</summary>
internal static class NumericLinters
{
    internal static bool IsNonZero(ReadOnlySpan<char> data) => data.IndexOfAnyExcept('0') >= 0;

    /// <summary>AI 8011: a CPID serial number has no leading zero (so "0" itself is allowed).</summary>
    internal static bool HasNoZeroPrefix(ReadOnlySpan<char> data) => data.Length <= 1 || data[0] != '0';

    /// <summary>AIs 8006, 8026: "PPTT", piece PP of TT, both at least 1.</summary>
    internal static bool IsPieceOfTotal(ReadOnlySpan<char> data)
    {
        if (data.Length % 2 != 0 || !CharacterSets.IsDigits(data))
        {
            return false;
        }

        var half = data.Length / 2;
        var piece = data[..half];
        var total = data[half..];
        return IsNonZero(piece) && IsNonZero(total) && piece.SequenceCompareTo(total) <= 0;
    }

    /// <summary>AI 7258: "n/m" with 1 &lt;= n &lt;= m and no leading zeros.</summary>
    internal static bool IsPositionInSequence(ReadOnlySpan<char> data)
    {
        var slash = data.IndexOf('/');
        if (slash <= 0 || slash == data.Length - 1)
        {
            return false;
        }

        var position = data[..slash];
        var end = data[(slash + 1)..];
        if (!CharacterSets.IsDigits(position) || !CharacterSets.IsDigits(end) || position[0] == '0' || end[0] == '0')
        {
            return false;
        }

        return position.Length < end.Length || (position.Length == end.Length && position.SequenceCompareTo(end) <= 0);
    }

    /// <summary>AIs 4309: latitude as ten digits, 0 to 1800000000 (offset by 90 degrees).</summary>
    internal static bool IsLatitude(ReadOnlySpan<char> data) => IsAtMost(data, 1_800_000_000L);

    /// <summary>AIs 4309: longitude as ten digits, 0 to 3600000000 (offset by 180 degrees).</summary>
    internal static bool IsLongitude(ReadOnlySpan<char> data) => IsAtMost(data, 3_600_000_000L);

    private static bool IsAtMost(ReadOnlySpan<char> data, long max) =>
        data.Length == 10 && CharacterSets.IsDigits(data) && long.Parse(data) <= max;
}
