using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.Tests.Linters;

public sealed class LinterTests
{
    [TestCase("yymmd0", "201231", true)]
    [TestCase("yymmd0", "200600", true)] // day 00: "no day given"
    [TestCase("yymmd0", "240229", true)]
    [TestCase("yymmd0", "230229", false)]
    [TestCase("yymmd0", "201232", false)]
    [TestCase("yymmd0", "201300", false)]
    [TestCase("yymmdd", "200600", false)]
    [TestCase("yymmdd", "200430", true)]
    [TestCase("yymmdd", "200431", false)]
    [TestCase("yyyymmdd", "20000229", true)]
    [TestCase("yyyymmdd", "19000229", false)]
    [TestCase("hhmi", "2359", true)]
    [TestCase("hhmi", "2400", false)]
    [TestCase("hhmi", "1260", false)]
    [TestCase("iso3166", "276", true)]
    [TestCase("iso3166", "999", false)]
    [TestCase("iso3166999", "999", true)]
    [TestCase("iso3166alpha2", "DE", true)]
    [TestCase("iso3166alpha2", "EU", false)]
    [TestCase("iso3166alpha2", "de", false)]
    [TestCase("iso4217", "978", true)]
    [TestCase("iso4217", "000", false)]
    [TestCase("iban", "GB82WEST12345698765432", true)] // the ISO 13616 example IBAN
    [TestCase("iban", "GB82WEST12345698765433", false)]
    [TestCase("iban", "XX82WEST12345698765432", false)]
    [TestCase("pieceoftotal", "0102", true)]
    [TestCase("pieceoftotal", "0201", false)]
    [TestCase("pieceoftotal", "0001", false)]
    [TestCase("posinseqslash", "1/3", true)]
    [TestCase("posinseqslash", "10/9", false)]
    [TestCase("posinseqslash", "01/2", false)]
    [TestCase("pcenc", "a%20b", true)]
    [TestCase("pcenc", "a%2", false)]
    [TestCase("pcenc", "a%zz", false)]
    [TestCase("latitude", "1800000000", true)]
    [TestCase("latitude", "1800000001", false)]
    [TestCase("longitude", "3600000000", true)]
    [TestCase("mediatype", "05", true)]
    [TestCase("mediatype", "11", false)]
    [TestCase("nozeroprefix", "0", true)]
    [TestCase("nozeroprefix", "01", false)]
    [TestCase("nonzero", "0000", false)]
    [TestCase("gcppos1", "1234A", true)]
    [TestCase("gcppos1", "123A", false)]
    [TestCase("gcppos2", "01234", true)]
    [TestCase("hasnondigit", "12345", false)]
    [TestCase("importeridx", "_", true)]
    [TestCase("importeridx", "#", false)]
    [TestCase("winding", "9", true)]
    [TestCase("winding", "2", false)]
    [TestCase("iso5218", "9", true)]
    [TestCase("iso5218", "3", false)]
    public void Each_linter_applies_its_rule(string linter, string data, bool valid)
    {
        var check = LinterRegistry.Find(linter);

        Assert.That(check, Is.Not.Null, linter);
        Assert.That(check!.Check(data), Is.EqualTo(valid));
    }

    // GS1 General Specifications §7.12: more than 50 years ahead is last century, 50 or more back is next.
    [TestCase(99, 2025, 1999)]
    [TestCase(75, 2025, 2075)]
    [TestCase(76, 2025, 1976)]
    [TestCase(0, 2060, 2100)]
    [TestCase(11, 2060, 2011)]
    public void Two_digit_years_resolve_to_the_century_the_General_Specifications_choose(int yy, int currentYear, int expected)
    {
        Assert.That(PharmaTrace.Gs1.Dates.TwoDigitYear.Resolve(yy, currentYear), Is.EqualTo(expected));
    }

    [TestCase("abc", -1)]
    [TestCase("ab=", -1)]
    [TestCase("a==", -1)]
    [TestCase("abc=", 3)]
    [TestCase("a b", 1)]
    public void Character_set_64_allows_padding_only_as_its_linter_does(string data, int firstInvalid)
    {
        Assert.That(CharacterSets.IndexOfInvalid(data, Gs1.ApplicationIdentifiers.AiCharacterSet.Cset64), Is.EqualTo(firstInvalid));
    }
}
