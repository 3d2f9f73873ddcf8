namespace PharmaTrace.Gs1.Dates;

/// <summary>The century of a two-digit year in a GS1 date field (YYMMDD, e.g. AI 17).</summary>
public static class TwoDigitYear
{
    /// <summary>
    /// The full year of <paramref name="yy"/> per GS1 General Specifications §7.12: more than 50 years
    /// ahead of <paramref name="currentYear"/> means last century, 50 or more years back means next century.
    /// </summary>
    public static int Resolve(int yy, int currentYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yy);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(yy, 99);
        var century = currentYear / 100;
        var difference = yy - (currentYear % 100);
        if (difference >= 51)
        {
            century--;
        }
        else if (difference <= -50)
        {
            century++;
        }

        return (century * 100) + yy;
    }
}
