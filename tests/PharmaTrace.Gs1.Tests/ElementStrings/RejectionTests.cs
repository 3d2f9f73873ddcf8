using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Tests.ElementStrings;

/// <summary>Each rule that rejects input, with the exact message it gives.</summary>
public sealed class RejectionTests
{
    private const string Gtin = "09506000134352";

    private static readonly object[] Cases =
    [
        new object[] { "(01)09506000134353", Gs1ErrorKind.CheckDigit, "AI (01): check digit is wrong" },
        new object[] { $"(01){Gtin}(17)201232", Gs1ErrorKind.InvalidDate, "AI (17): not a valid date" },
        new object[] { $"(01){Gtin}(10)ABCDEFGHIJKLMNOPQRSTU", Gs1ErrorKind.TooLong, "AI (10): too long (max 20)" },
        new object[] { "(21)XYZ", Gs1ErrorKind.MissingRequiredAi, "AI (21) requires AI (01), (03) or (8006)" },
        new object[] { "(01)0950600013435", Gs1ErrorKind.TooShort, "AI (01): too short (min 14)" },
        new object[] { "(01)0950600013435A", Gs1ErrorKind.InvalidCharacter, "AI (01): invalid character 'A' at position 14 (digits only)" },
        new object[] { $"(01){Gtin}(10)AB#", Gs1ErrorKind.InvalidCharacter, "AI (10): invalid character '#' at position 3 (GS1 character set 82)" },
        new object[] { $"(01){Gtin}(255)0614141123452", Gs1ErrorKind.ExcludedAiCombination, "AI (01) cannot be used together with AI (255)" },
        new object[] { "(04)123", Gs1ErrorKind.UnknownAi, "AI (04): unknown AI" },
        new object[] { $"(01){Gtin}(10)ABC(10)XYZ", Gs1ErrorKind.DuplicateAi, "AI (10): appears more than once with different values" },
        new object[] { $"(01){Gtin}(10)", Gs1ErrorKind.EmptyValue, "AI (10): value is empty" },
        new object[] { "(1A)X", Gs1ErrorKind.MalformedAi, "\"(1A)\" at position 1 is not an AI (2 to 4 digits)" },
        new object[] { "(01", Gs1ErrorKind.MalformedAi, "'(' at position 1 is never closed" },
        new object[] { $"(01){Gtin}(422)999", Gs1ErrorKind.InvalidCode, "AI (422): not an ISO 3166 numeric country code" },
        new object[] { $"(01){Gtin}(3103)00012", Gs1ErrorKind.TooShort, "AI (3103): too short (min 6)" },
        new object[] { "(8013)1987654Ad4X4bL5ttr2310cXK", Gs1ErrorKind.CheckDigit, "AI (8013): check character pair is wrong" },
        new object[] { $"(01){Gtin}(7007)21010112", Gs1ErrorKind.InvalidLength, "AI (7007): length 8 does not fit the format N6,yymmdd [N6],yymmdd" },
        new object[] { $"(01){Gtin}(8008)21013125", Gs1ErrorKind.InvalidTime, "AI (8008): not a valid hour" },
        new object[] { $"]X9{Gtin}", Gs1ErrorKind.UnsupportedSymbology, "symbology identifier ]X9 does not carry GS1 element strings" },
        new object[] { "]d1hello", Gs1ErrorKind.UnsupportedSymbology, "symbology identifier ]d1 does not carry GS1 element strings" },
        new object[] { $"]d201{Gtin}^^10ABC", Gs1ErrorKind.MalformedAi, "unexpected FNC1 at position 18" },
        new object[] { "]d2010950600013435", Gs1ErrorKind.TooShort, "AI (01): too short (min 14)" },
        new object[] { $"]d201{Gtin}3106000100", Gs1ErrorKind.UnknownAi, "AI (3106): unknown AI" },
        new object[] { "]E0950600013435", Gs1ErrorKind.InvalidLength, "EAN/UPC data must be 13 digits" },
        new object[] { "hello", Gs1ErrorKind.UnrecognisedFormat, "not GS1 data: expected '(', a symbology identifier, AI digits, a Digital Link URI or an EPC URI" },
        new object[] { "", Gs1ErrorKind.EmptyInput, "input is empty" },
        new object[] { "https://id.gs1.org/10/ABC", Gs1ErrorKind.InvalidDigitalLink, "no GS1 Digital Link primary key in the URI path" },
        new object[] { $"https://id.gs1.org/01/{Gtin}/21/XYZ/10/ABC", Gs1ErrorKind.InvalidKeyQualifierSequence, "AI (10) is not a key qualifier of AI (01) in this place (the path allows /22/10/21 or /235, in that order)" },
        new object[] { $"https://id.gs1.org/01/{Gtin}?10=ABC", Gs1ErrorKind.InvalidKeyQualifierSequence, "AI (10): is a key qualifier of AI (01) and belongs in the URI path" },
        new object[] { $"https://id.gs1.org/01/{Gtin}?21=XYZ", Gs1ErrorKind.NotADigitalLinkAttribute, "AI (21): not permitted as a GS1 Digital Link query attribute" },
        new object[] { $"https://id.gs1.org/01/{Gtin}?17=201231&17=201231", Gs1ErrorKind.DuplicateAi, "AI (17): appears more than once in the URI" },
        new object[] { $"https://id.gs1.org/01/{Gtin}?99999=1", Gs1ErrorKind.UnknownAi, "AI (99999): unknown AI in the query" },
        new object[] { $"https://id.gs1.org/01/{Gtin}/10/A%2", Gs1ErrorKind.InvalidPercentEncoding, "AI (10): invalid percent-encoding" },
        new object[] { $"https://id.gs1.org/01/{Gtin}/10/A%20B", Gs1ErrorKind.InvalidCharacter, "AI (10): invalid character ' ' at position 2 (GS1 character set 82)" },
        new object[] { "https://id.gs1.org/01//21/X", Gs1ErrorKind.EmptyValue, "AI (01): value is empty" },
        new object[] { $"https://id.gs1.org/01/{Gtin} ", Gs1ErrorKind.InvalidDigitalLink, "URI contains an illegal character ' ' at position 37" },
        new object[] { $"https://id$gs1.org/01/{Gtin}", Gs1ErrorKind.InvalidDigitalLink, "URI domain contains an illegal character" },
        new object[] { $"https:///01/{Gtin}", Gs1ErrorKind.InvalidDigitalLink, "URI has no domain" },
        new object[] { "urn:epc:id:sgtin:0614141.812345", Gs1ErrorKind.InvalidEpcUri, "the URI needs three dot-separated parts" },
        new object[] { "urn:epc:id:sgtin:06141.4181234.5", Gs1ErrorKind.InvalidEpcUri, "the GS1 Company Prefix must be 6 to 12 digits, followed by a numeric reference" },
        new object[] { "urn:epc:id:sgtin:0614141.812345.A/B", Gs1ErrorKind.InvalidEpcUri, "invalid character or escape in the last part" },
        new object[] { "urn:epc:id:sgtin:0614141.81234.1", Gs1ErrorKind.InvalidEpcUri, "company prefix and reference must have 13 digits together" },
        new object[] { "urn:epc:id:sgtin:0614141.812345.ABCDEFGHIJKLMNOPQRSTU", Gs1ErrorKind.TooLong, "AI (21): too long (max 20)" },
        new object[] { "urn:epc:id:giai:0614141.1", Gs1ErrorKind.InvalidEpcUri, "not an sgtin, lgtin, sscc or sgln EPC URI" },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Invalid_input_is_rejected_with_the_AI_and_the_rule(string input, Gs1ErrorKind kind, string message)
    {
        var error = Assert.Throws<Gs1ParseException>(() => Gs1Parser.Parse(input));

        Assert.That(error!.Kind, Is.EqualTo(kind));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [TestCaseSource(nameof(Cases))]
    public void TryParse_reports_the_same_error_without_throwing(string input, Gs1ErrorKind kind, string message)
    {
        Assert.That(Gs1Parser.TryParse(input, out var result, out var error), Is.False);
        Assert.That(result, Is.Null);
        Assert.That(error!.Kind, Is.EqualTo(kind));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [Test]
    public void The_error_names_the_AI_separately_for_callers()
    {
        var error = Assert.Throws<Gs1ParseException>(() => Gs1Parser.Parse("(01)09506000134353"));

        Assert.That(error!.Ai, Is.EqualTo("01"));
        Assert.That(error.Error.Rule, Is.EqualTo("check digit is wrong"));
    }
}
