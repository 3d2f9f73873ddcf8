using PharmaTrace.Gs1.Dates;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>GS1 dates: six-digit YYMMDD (AI 17) and the ledger's YYYY-MM-DD, both allowing day 00.</summary>
public static class Gs1Date
{
    /// <summary>
    /// The full date of a validated YYMMDD value as YYYY-MM-DD, day 00 kept. The century follows GS1
    /// General Specifications §7.12 (<see cref="TwoDigitYear"/>), as the parser's date check does.
    /// </summary>
    public static string ToIsoText(string yymmdd, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(yymmdd);
        if (yymmdd.Length != 6 || !int.TryParse(yymmdd, out var number) || number < 0)
        {
            throw new ArgumentException("expected six digits YYMMDD", nameof(yymmdd));
        }

        var year = TwoDigitYear.Resolve(number / 10000, today.Year);
        return $"{year:D4}-{yymmdd.AsSpan(2, 2)}-{yymmdd.AsSpan(4, 2)}";
    }

    /// <summary>The last day a product with expiry YYYY-MM-DD may be used: day 00 means the month's last day (§7.12).</summary>
    public static DateOnly LastDay(string isoText)
    {
        ArgumentNullException.ThrowIfNull(isoText);
        var year = int.Parse(isoText.AsSpan(0, 4));
        var month = int.Parse(isoText.AsSpan(5, 2));
        var day = int.Parse(isoText.AsSpan(8, 2));
        return new DateOnly(year, month, day == 0 ? DateTime.DaysInMonth(year, month) : day);
    }
}
