using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.Tests.Linters;

public sealed class CheckDigitTests
{
    // (key with check digit, source)
    private static readonly object[] ValidKeys =
    [
        new object[] { "6291041500213", "GS1 General Specifications §7.9.1, worked example of the check digit" },
        new object[] { "09506000134352", "GTIN in the GS1 Digital Link standard's examples" },
        new object[] { "09520123456788", "GTIN in the GS1 General Specifications' examples" },
        new object[] { "106141412345678908", "SSCC in the EPC Tag Data Standard's examples" },
        new object[] { "0614141123452", "GLN of the EPC Tag Data Standard's SGLN example" },
        new object[] { "80614141123458", "GTIN of the EPC Tag Data Standard's SGTIN example" },
        new object[] { "9520123456788", "GLN in the GS1 Digital Link standard's AI (414) examples" },
    ];

    [TestCaseSource(nameof(ValidKeys))]
    public void A_key_from_the_standards_has_a_valid_check_digit(string key, string source)
    {
        Assert.That(CheckDigit.IsValid(key), Is.True, source);
        Assert.That(CheckDigit.Compute(key.AsSpan(0, key.Length - 1)), Is.EqualTo(key[^1]), source);
    }

    [TestCase("09506000134353")]
    [TestCase("106141412345678909")]
    [TestCase("0614141123451")]
    [TestCase("0950600013435A")]
    [TestCase("2")]
    public void A_wrong_or_malformed_key_fails(string key)
    {
        Assert.That(CheckDigit.IsValid(key), Is.False);
    }

    [Test]
    public void Compute_refuses_non_digits()
    {
        Assert.Throws<ArgumentException>(() => CheckDigit.Compute("12A"));
    }

    [Test]
    public void The_GMN_check_character_pair_of_the_General_Specifications_example_is_found()
    {
        // GS1 General Specifications §7.9.5 example, also in GS1's syntax tests (lint_csumalpha).
        Assert.That(CheckCharacterPair.Compute("1987654Ad4X4bL5ttr2310c"), Is.EqualTo("2K"));
        Assert.That(CheckCharacterPair.IsValid("1987654Ad4X4bL5ttr2310c2K"), Is.True);
        Assert.That(CheckCharacterPair.IsValid("1987654Ad4X4bL5ttr2310cXK"), Is.False);
    }

    [TestCase("12345_ABCDEFGHIJKLMCP")]
    [TestCase("12345_!\"%&'()*+,-./LC")]
    [TestCase("00000!HV")]
    public void Check_character_pairs_from_GS1s_syntax_tests_are_valid(string value)
    {
        Assert.That(CheckCharacterPair.IsValid(value), Is.True);
    }
}
