using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Tests.ElementStrings;

/// <summary>Every form of the same pack data reads to the same ordered list of (AI, value) pairs.</summary>
public sealed class FormEquivalenceTests
{
    private const char Gs = '\u001D';

    private static readonly AiElement[] Expected =
    [
        new("01", "09506000134352"),
        new("10", "ABC123"),
        new("17", "201231"),
        new("21", "XYZ"),
    ];

    private static readonly string[] Forms =
    [
        "(01)09506000134352(17)201231(10)ABC123(21)XYZ",
        "(21)XYZ(10)ABC123(17)201231(01)09506000134352",
        $"]d20109506000134352172012311 0ABC123{Gs}21XYZ".Replace(" ", "", StringComparison.Ordinal),
        $"]Q301095060001343521720123110ABC123{Gs}21XYZ",
        $"]C101095060001343521720123110ABC123{Gs}21XYZ",
        $"]e001095060001343521720123110ABC123{Gs}21XYZ",
        $"]d210ABC123{Gs}21XYZ{Gs}010950600013435217201231",
        $"]d2010950600013435217201231{Gs}10ABC123{Gs}21XYZ{Gs}",
        "^01095060001343521720123110ABC123^21XYZ",
        $"{Gs}01095060001343521720123110ABC123{Gs}21XYZ",
        "01095060001343521720123110ABC123^21XYZ",
        "https://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ?17=201231",
        "HTTPS://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ?17=201231#fragment",
        "https://example.com/my/custom/prefix/01/09506000134352/10/ABC123/21/XYZ?linkType=gs1%3Apip&17=201231",
        "https://brand.example:8443/01/09506000134352/10/ABC%31%323/21/XYZ?17=201231",
        "]Q1https://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ?17=201231",
    ];

    [TestCaseSource(nameof(Forms))]
    public void Every_form_reads_to_the_same_elements(string form)
    {
        var data = Gs1Parser.Parse(form);

        Assert.That(data.Elements, Is.EqualTo(Expected));
        Assert.That(data, Is.EqualTo(Gs1Parser.Parse(Forms[0])));
    }

    [Test]
    public void The_Digital_Link_example_of_the_brief_equals_its_bracketed_form()
    {
        var link = Gs1Parser.Parse("https://id.gs1.org/01/09506000134352/10/ABC/21/XYZ?17=201231");
        var bracketed = Gs1Parser.Parse("(01)09506000134352(17)201231(10)ABC(21)XYZ");

        Assert.That(link, Is.EqualTo(bracketed));
        Assert.That(link.GetHashCode(), Is.EqualTo(bracketed.GetHashCode()));
    }

    [Test]
    public void An_EAN_13_scan_reads_as_a_GTIN()
    {
        Assert.That(Gs1Parser.Parse("]E09506000134352").Elements, Is.EqualTo(new[] { new AiElement("01", "09506000134352") }));
    }

    [Test]
    public void An_EPC_URI_reads_as_its_GS1_keys()
    {
        var data = Gs1Parser.Parse("urn:epc:id:sgtin:0614141.812345.6789");

        Assert.That(data.Elements, Is.EqualTo(new[] { new AiElement("01", "80614141123458"), new AiElement("21", "6789") }));
    }
}
