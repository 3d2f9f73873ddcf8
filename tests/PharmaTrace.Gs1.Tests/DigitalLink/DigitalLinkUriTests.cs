using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Tests.DigitalLink;

public sealed class DigitalLinkUriTests
{
    [Test]
    public void Element_strings_are_written_with_the_key_and_qualifiers_in_the_path_and_the_rest_in_the_query()
    {
        var data = Gs1Parser.Parse("(01)09506000134352(17)201231(10)ABC(21)XYZ");

        Assert.That(data.ToDigitalLinkUri(), Is.EqualTo("https://id.gs1.org/01/09506000134352/10/ABC/21/XYZ?17=201231"));
    }

    [Test]
    public void A_custom_stem_keeps_its_path_prefix()
    {
        var data = Gs1Parser.Parse("(01)09506000134352");

        Assert.That(DigitalLinkUri.Format(data, "https://example.com/products/"), Is.EqualTo("https://example.com/products/01/09506000134352"));
    }

    [Test]
    public void Reserved_characters_in_values_are_percent_encoded_and_decoded()
    {
        // GLN with extension as in the GS1 Digital Link standard's AI (414) + (254) example.
        var data = Gs1Parser.Parse("(414)9520123456788(254)32a/b");
        var uri = data.ToDigitalLinkUri();

        Assert.That(uri, Is.EqualTo("https://id.gs1.org/414/9520123456788/254/32a%2Fb"));
        Assert.That(DigitalLinkUri.Parse(uri), Is.EqualTo(data));
    }

    [Test]
    public void The_qualifier_alternative_covering_most_AIs_is_chosen()
    {
        var data = Gs1Parser.Parse("(01)09506000134352(235)TPX1");

        Assert.That(data.ToDigitalLinkUri(), Is.EqualTo("https://id.gs1.org/01/09506000134352/235/TPX1"));
    }

    [Test]
    public void An_SSCC_is_a_primary_key_without_qualifiers()
    {
        var data = DigitalLinkUri.Parse("https://id.gs1.org/00/106141412345678908");

        Assert.That(data.Sscc!.Value, Is.EqualTo("106141412345678908"));
    }

    [Test]
    public void The_rightmost_primary_key_wins_over_a_prefix_that_looks_like_one()
    {
        var data = DigitalLinkUri.Parse("https://example.com/00/faux/01/09506000134352");

        Assert.That(data.ToBracketed(), Is.EqualTo("(01)09506000134352"));
    }

    [Test]
    public void A_short_GTIN_in_the_query_is_widened_to_14_digits()
    {
        var data = DigitalLinkUri.Parse("https://id.gs1.org/414/9520123456788?01=9506000134352");

        Assert.That(data.Find("01"), Is.EqualTo("09506000134352"));
    }

    [Test]
    public void Data_without_a_primary_key_has_no_Digital_Link()
    {
        var data = Gs1Parser.Parse("(400)ORDER1");

        Assert.That(DigitalLinkUri.TryFormat(data, DigitalLinkUri.CanonicalStem, out _, out var failure), Is.False);
        Assert.That(failure, Is.EqualTo("the data has no GS1 Digital Link primary key"));
        Assert.Throws<InvalidOperationException>(() => data.ToDigitalLinkUri());
    }

    [Test]
    public void A_stem_must_be_an_http_URI()
    {
        var data = Gs1Parser.Parse("(01)09506000134352");

        Assert.Throws<ArgumentException>(() => DigitalLinkUri.Format(data, "ftp://example.com"));
        Assert.Throws<ArgumentException>(() => DigitalLinkUri.Format(data, "https://example.com/?q=1"));
    }

    [Test]
    public void TryParse_reports_errors_without_throwing()
    {
        Assert.That(DigitalLinkUri.TryParse("https://id.gs1.org/01/1", out var result, out var error), Is.False);
        Assert.That(result, Is.Null);
        Assert.That(error!.Message, Is.EqualTo("AI (01): too short (min 14)"));
    }
}
