using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Epc;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Gs1.Tests.Fuzzing;

/// <summary>
/// Random and mutated inputs for every parser; see <see cref="FuzzRunner"/> for what counts as a
/// failure. GS1_FUZZ_ITERATIONS=5000000 dotnet test --filter Category=Fuzz runs millions.
/// </summary>
[Category("Fuzz")]
public sealed class ParserFuzzTests
{
    private const string Gs = "\u001D";

    private static readonly string[] BracketedSeeds =
    [
        "(01)09506000134352(17)201231(10)ABC123(21)XYZ",
        "(00)106141412345678908",
        "(01)09520123456788(3103)000123(15)210400",
        "(414)9520123456788(254)32a/b",
        "(01)09506000134352(10)A\\(B)C(21)1",
        "(8013)1987654Ad4X4bL5ttr2310c2K",
        "(01)09506000134352(7007)210101211231(422)276(8008)2101312359",
        "(255)0614141123452(3900)15(8111)0100",
    ];

    private static readonly string[] BarcodeSeeds =
    [
        $"]d20109506000134352172012311{Gs}10ABC123{Gs}21XYZ".Replace("172012311", "17201231", StringComparison.Ordinal),
        $"]Q3010952012345678831030001231521040010LOT1{Gs}21S/N",
        "]C100106141412345678908",
        "^0109506000134352^10ABC^21XYZ",
        $"{Gs}0109506000134352172012312112345",
        "]E09506000134352",
        "]Q1https://id.gs1.org/01/09506000134352/21/XYZ",
        $"]e0010950600013435211200101{Gs}7003210101123{Gs}",
    ];

    private static readonly string[] DigitalLinkSeeds =
    [
        "https://id.gs1.org/01/09506000134352/10/ABC/21/XYZ?17=201231",
        "https://example.com/a/b/01/09506000134352/22/V1/10/L%2F1?3103=000123&linkType=gs1:pip",
        "https://id.gs1.org/00/106141412345678908",
        "HTTP://x.example:80/414/9520123456788/254/32a%2Fb?01=9506000134352#frag",
        "https://id.gs1.org/01/09506000134352/235/TPX?17=2012%300",
        "https://d.example/8004/0614141ABC?7040=1A2b",
    ];

    private static readonly string[] EpcSeeds =
    [
        "urn:epc:id:sgtin:0614141.812345.6789",
        "urn:epc:id:sgtin:0614141.812345.A%2FB%251",
        "urn:epc:class:lgtin:4012345.012345.998877",
        "urn:epc:id:sscc:0614141.1234567890",
        "urn:epc:id:sgln:0614141.12345.400",
        "urn:epc:id:sgln:061414112345..0",
    ];

    [Test]
    public void The_bracketed_parser_fails_only_with_its_own_exception() =>
        FuzzRunner.Run("bracketed", BracketedSeeds, 1, input => Gs1Parser.ParseBracketed(input));

    [Test]
    public void The_barcode_data_parser_fails_only_with_its_own_exception() =>
        FuzzRunner.Run("barcode data", BarcodeSeeds, 2, input => Gs1Parser.ParseBarcodeData(input));

    [Test]
    public void The_Digital_Link_parser_fails_only_with_its_own_exception() =>
        FuzzRunner.Run("Digital Link", DigitalLinkSeeds, 3, input => DigitalLinkUri.Parse(input));

    [Test]
    public void The_EPC_URI_parser_fails_only_with_its_own_exception() =>
        FuzzRunner.Run("EPC URI", EpcSeeds, 4, input => EpcUri.Parse(input).ElementString);

    [Test]
    public void The_form_detecting_parser_fails_only_with_its_own_exception() =>
        FuzzRunner.Run("any form", [.. BracketedSeeds, .. BarcodeSeeds, .. DigitalLinkSeeds, .. EpcSeeds], 5, input => Gs1Parser.Parse(input));

    [Test]
    public void The_Try_parser_never_throws_and_agrees_with_the_throwing_one() =>
        FuzzRunner.Run("TryParse", [.. BracketedSeeds, .. BarcodeSeeds, .. DigitalLinkSeeds, .. EpcSeeds], 6, input =>
        {
            var parsed = Gs1Parser.TryParse(input, out var result, out var error);
            Assert.That(parsed, Is.EqualTo(error is null));
            return result;
        });

    [Test]
    public void The_key_types_fail_only_with_the_parse_exception() =>
        FuzzRunner.Run("keys", ["09506000134352", "9506000134352", "106141412345678908", "0614141123452", "02345680"], 7, input =>
        {
            var valid = Gtin.TryParse(input, out var gtin);
            Assert.That(valid, Is.EqualTo(gtin is not null));
            if (Sscc.TryParse(input, out var sscc) && sscc.Value != input)
            {
                Assert.Fail($"SSCC {input} changed to {sscc.Value}");
            }

            if (Gln.TryParse(input, out var gln) && gln.Value != input)
            {
                Assert.Fail($"GLN {input} changed to {gln.Value}");
            }

            return Gs1ElementString.Create([new AiElement("01", new Gtin(input).Value)]);
        });
}
