using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Gs1.Tests.ElementStrings;

public sealed class Gs1ElementStringTests
{
    private static readonly Gs1ElementString Pack = Gs1Parser.Parse("(01)09506000134352(17)201231(10)ABC(21)XYZ");

    [Test]
    public void The_bracketed_form_is_in_canonical_order()
    {
        Assert.That(Pack.ToBracketed(), Is.EqualTo("(01)09506000134352(10)ABC(17)201231(21)XYZ"));
    }

    [Test]
    public void The_element_string_puts_FNC1_only_after_AIs_that_need_it()
    {
        Assert.That(Pack.ToElementString('^'), Is.EqualTo("0109506000134352" + "10ABC^" + "17201231" + "21XYZ"));
        Assert.That(Pack.ToScanData(), Is.EqualTo("]d2" + "010950600013435210ABC\u001D1720123121XYZ"));
    }

    [Test]
    public void A_parenthesis_in_a_value_is_escaped_in_the_bracketed_form_and_read_back()
    {
        var data = Gs1Parser.Parse("(01)09506000134352(10)A\\(B)C");

        Assert.That(data.Batch, Is.EqualTo("A(B)C"));
        Assert.That(data.ToBracketed(), Is.EqualTo("(01)09506000134352(10)A\\(B)C"));
        Assert.That(Gs1Parser.Parse(data.ToBracketed()), Is.EqualTo(data));
    }

    [Test]
    public void Pharmacy_fields_are_at_hand()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Pack.Gtin, Is.EqualTo(new Gtin("09506000134352")));
            Assert.That(Pack.Batch, Is.EqualTo("ABC"));
            Assert.That(Pack.SerialNumber, Is.EqualTo("XYZ"));
            Assert.That(Pack.ExpiryDate, Is.EqualTo("201231"));
            Assert.That(Pack.Sgtin, Is.EqualTo(new Sgtin(new Gtin("09506000134352"), "XYZ")));
            Assert.That(Pack.Lgtin, Is.EqualTo(new Lgtin(new Gtin("09506000134352"), "ABC")));
            Assert.That(Pack.Sscc, Is.Null);
        });
    }

    [Test]
    public void Loose_elements_are_validated()
    {
        var error = Assert.Throws<Gs1ParseException>(() => Gs1ElementString.Create([new AiElement("01", "09506000134353")]));

        Assert.That(error!.Message, Is.EqualTo("AI (01): check digit is wrong"));
    }
}
