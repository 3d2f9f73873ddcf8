using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Tests.ElementStrings;

/// <summary>The dictionary's req= and ex= attributes (GS1 General Specifications §4.14).</summary>
public sealed class AssociationTests
{
    [Test]
    public void A_requirement_with_alternatives_of_several_AIs_is_named_in_full()
    {
        var error = Assert.Throws<Gs1ParseException>(() => Gs1Parser.Parse("(01)09506000134352(250)X"));

        Assert.That(error!.Message, Is.EqualTo("AI (250) requires AI (01)+(21), (03)+(21) or (8006)+(21)"));
    }

    [Test]
    public void A_requirement_is_met_by_a_complete_alternative()
    {
        Assert.That(() => Gs1Parser.Parse("(01)09506000134352(21)1(250)X"), Throws.Nothing);
    }

    [Test]
    public void Two_AIs_of_one_excluded_pattern_cannot_be_combined()
    {
        var error = Assert.Throws<Gs1ParseException>(() => Gs1Parser.Parse("(01)09506000134352(3100)000100(3101)000010"));

        Assert.That(error!.Message, Is.EqualTo("AI (3100) cannot be used together with AI (3101)"));
    }

    [Test]
    public void An_AI_is_not_excluded_by_its_own_pattern()
    {
        Assert.That(Gs1Parser.Parse("(01)09506000134352(3100)000100").Elements, Has.Length.EqualTo(2));
    }

    [Test]
    public void An_exact_repeat_of_an_element_is_merged()
    {
        Assert.That(Gs1Parser.Parse("(01)09506000134352(10)A(10)A").Elements, Has.Length.EqualTo(2));
    }

    [Test]
    public void Associations_can_be_left_to_a_check_over_all_barcodes_of_a_pack()
    {
        var serialBarcode = Gs1Parser.Parse("(21)XYZ", Gs1ParseOptions.SkipAssociationValidation);
        var gtinBarcode = Gs1Parser.Parse("(01)09506000134352");

        var pack = Gs1ElementString.Create(serialBarcode.Elements.Concat(gtinBarcode.Elements));

        Assert.That(pack.ToBracketed(), Is.EqualTo("(01)09506000134352(21)XYZ"));
    }
}
