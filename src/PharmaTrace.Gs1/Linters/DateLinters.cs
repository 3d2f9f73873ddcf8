using PharmaTrace.Gs1.Dates;

namespace PharmaTrace.Gs1.Linters;

/// <summary>Date and time linters: yymmd0, yymmdd, yyyymmdd, hhmi, hh, mi, ss.</summary>
internal static class DateLinters
{
    // GS1 General Specifications §7.12 resolves a two-digit year against the current year; only
    // 29 February depends on the century, so the year read once at start-up is precise enough.
    private static readonly int CurrentYear = DateTime.UtcNow.Year;

    /// <summary>YYMMDD where DD may be 00, meaning "no day given" (e.g. an AI 17 expiry
    /// given to the month).</summary>
    internal static bool IsYymmd0(ReadOnlySpan<char> data) => IsYymmdd(data, allowDayZero: true);

    internal static bool IsYymmdd(ReadOnlySpan<char> data) => IsYymmdd(data, allowDayZero: false);

    internal static bool IsYyyymmdd(ReadOnlySpan<char> data) =>
        data.Length == 8
        && CharacterSets.IsDigits(data)
        && IsDate(Number(data[..4]), Number(data[4..6]), Number(data[6..8]), allowDayZero: false);

    internal static bool IsHhmi(ReadOnlySpan<char> data) =>
        data.Length == 4 && IsHour(data[..2]) && IsMinuteOrSecond(data[2..]);

    internal static bool IsHour(ReadOnlySpan<char> data) =>
        data.Length == 2 && CharacterSets.IsDigits(data) && Number(data) <= 23;

    internal static bool IsMinuteOrSecond(ReadOnlySpan<char> data) =>
        data.Length == 2 && CharacterSets.IsDigits(data) && Number(data) <= 59;

    private static bool IsYymmdd(ReadOnlySpan<char> data, bool allowDayZero) =>
        data.Length == 6
        && CharacterSets.IsDigits(data)
        && IsDate(TwoDigitYear.Resolve(Number(data[..2]), CurrentYear), Number(data[2..4]), Number(data[4..6]), allowDayZero);

    private static bool IsDate(int year, int month, int day, bool allowDayZero) =>
        month is >= 1 and <= 12
        && year is >= 1 and <= 9999
        && (day >= 1 || (allowDayZero && day == 0))
        && day <= DateTime.DaysInMonth(year, month);

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
