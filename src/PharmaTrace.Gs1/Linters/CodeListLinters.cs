namespace PharmaTrace.Gs1.Linters;

/// <summary>Linters that accept a short fixed list of values.</summary>
internal static class CodeListLinters
{
    internal static bool IsYesNo(ReadOnlySpan<char> data) => data is "0" or "1";

    /// <summary>AI 8001: winding direction 0 (face out), 1 (face in) or 9 (undetermined).</summary>
    internal static bool IsWinding(ReadOnlySpan<char> data) => data is "0" or "1" or "9";

    internal static bool IsZero(ReadOnlySpan<char> data) => data is "0";

    /// <summary>AIs 4330-4333: the optional sign of a temperature.</summary>
    internal static bool IsHyphen(ReadOnlySpan<char> data) => data is "-";

    /// <summary>AI 7252: ISO/IEC 5218 0 unknown, 1 male, 2 female, 9 not applicable.</summary>
    internal static bool IsIso5218(ReadOnlySpan<char> data) => data is "0" or "1" or "2" or "9";

    /// <summary>AI 7241: AIDC media types 01-10 (ICCBBA) and 80-99 (local use); the rest are reserved.</summary>
    internal static bool IsMediaType(ReadOnlySpan<char> data)
    {
        if (data.Length != 2 || !CharacterSets.IsDigits(data))
        {
            return false;
        }

        var n = ((data[0] - '0') * 10) + (data[1] - '0');
        return n is (>= 1 and <= 10) or >= 80;
    }

    /// <summary>AI 7040: the importer index of the EU 2018/574 tobacco identifier, one URI-safe character.</summary>
    internal static bool IsImporterIndex(ReadOnlySpan<char> data) =>
        data.Length == 1 && data[0] is (>= '0' and <= '9') or (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '-' or '_';
}
