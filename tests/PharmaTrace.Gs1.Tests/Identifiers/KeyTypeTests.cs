using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Gs1.Tests.Identifiers;

public sealed class KeyTypeTests
{
    [TestCase("02345680", "00000002345680")] // GTIN-8
    [TestCase("416000336108", "00416000336108")] // GTIN-12
    [TestCase("9506000134352", "09506000134352")] // GTIN-13, the GS1 Digital Link example item
    [TestCase("09520123456788", "09520123456788")] // GTIN-14
    public void A_GTIN_of_any_length_is_held_as_14_digits(string input, string expected)
    {
        Assert.That(new Gtin(input).Value, Is.EqualTo(expected));
    }

    [Test]
    public void The_same_GTIN_written_two_ways_is_equal()
    {
        Assert.That(Gtin.Parse("9506000134352"), Is.EqualTo(Gtin.Parse("09506000134352")));
    }

    [TestCase("09506000134353", "GTIN: check digit is wrong")]
    [TestCase("0950600013435", "GTIN: check digit is wrong")]
    [TestCase("95060001343", "GTIN: must have 8, 12, 13, 14 digits, not 11")]
    [TestCase("0950600013435A", "GTIN: must be digits only")]
    [TestCase("", "GTIN: value is empty")]
    public void An_invalid_GTIN_is_refused_on_construction(string input, string message)
    {
        var error = Assert.Throws<Gs1ParseException>(() => _ = new Gtin(input));

        Assert.That(error!.Message, Is.EqualTo(message));
        Assert.That(Gtin.TryParse(input, out var gtin), Is.False);
        Assert.That(gtin, Is.Null);
    }

    [Test]
    public void GLN_and_SSCC_check_their_length_and_check_digit()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Gln.Parse("0614141123452").Value, Is.EqualTo("0614141123452"));
            Assert.That(Sscc.Parse("106141412345678908").Value, Is.EqualTo("106141412345678908"));
            Assert.That(Gln.TryParse("0614141123451", out _), Is.False);
            Assert.That(Sscc.TryParse("106141412345678909", out _), Is.False);
            Assert.That(Sscc.TryParse("10614141234567890", out _), Is.False);
            Assert.That(() => new Gln("061414112345"), Throws.TypeOf<Gs1ParseException>().With.Message.EqualTo("GLN: must have 13 digits, not 12"));
        });
    }

    [Test]
    public void SGTIN_and_LGTIN_validate_their_serial_and_lot_as_the_AIs_do()
    {
        var gtin = new Gtin("09506000134352");

        Assert.Multiple(() =>
        {
            Assert.That(new Sgtin(gtin, "XYZ").ToString(), Is.EqualTo("(01)09506000134352(21)XYZ"));
            Assert.That(new Lgtin(gtin, "ABC").ToString(), Is.EqualTo("(01)09506000134352(10)ABC"));
            Assert.That(() => new Sgtin(gtin, "123456789012345678901"), Throws.TypeOf<Gs1ParseException>().With.Message.EqualTo("AI (21): too long (max 20)"));
            Assert.That(() => new Lgtin(gtin, "A B"), Throws.TypeOf<Gs1ParseException>().With.Message.EqualTo("AI (10): invalid character ' ' at position 2 (GS1 character set 82)"));
            Assert.That(() => new Sgtin(gtin, ""), Throws.TypeOf<Gs1ParseException>().With.Message.EqualTo("AI (21): value is empty"));
        });
    }

    [Test]
    public void A_company_prefix_length_is_6_to_12_digits_and_the_default_is_flagged_as_assumed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CompanyPrefixLength.Of(9).IsAssumed, Is.False);
            Assert.That(CompanyPrefixLength.AssumedDefault.Digits, Is.EqualTo(7));
            Assert.That(CompanyPrefixLength.AssumedDefault.IsAssumed, Is.True);
            Assert.Throws<ArgumentOutOfRangeException>(() => CompanyPrefixLength.Of(5));
            Assert.Throws<ArgumentOutOfRangeException>(() => CompanyPrefixLength.Of(13));
        });
    }
}
