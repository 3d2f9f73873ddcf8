using PharmaTrace.Api.Pharmacy.Gs1;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>GS1 General Specifications §7.12: the century of a YYMMDD date, and day 00.</summary>
public sealed class Gs1DateTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [TestCase("301231", "2030-12-31", TestName = "A year ahead within 50 years is this century")]
    [TestCase("760101", "2076-01-01", TestName = "Fifty years ahead is still this century")]
    [TestCase("770101", "1977-01-01", TestName = "Fifty-one years ahead is the last century")]
    [TestCase("770100", "1977-01-00", TestName = "Day 00 is kept as written")]
    [TestCase("000229", "2000-02-29", TestName = "Twenty-six years back is this century")]
    public void The_century_is_chosen_within_49_years_back_and_50_ahead(string yymmdd, string expected) =>
        Assert.That(Gs1Date.ToIsoText(yymmdd, Today), Is.EqualTo(expected));

    [TestCase("2030-02-00", "2030-02-28")]
    [TestCase("2028-02-00", "2028-02-29")]
    [TestCase("2030-06-15", "2030-06-15")]
    public void Day_00_expires_on_the_months_last_day(string expiry, string lastDay) =>
        Assert.That(Gs1Date.LastDay(expiry), Is.EqualTo(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture)));
}
