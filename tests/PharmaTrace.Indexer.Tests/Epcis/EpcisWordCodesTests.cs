using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Epcis.Storage;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>The read model's codes of actions, business steps and dispositions.</summary>
public sealed class EpcisWordCodesTests
{
    private static readonly string[] Actions = ["ADD", "OBSERVE", "DELETE"];

    [Test]
    public void Every_CBV_word_has_a_code_of_its_own_that_gives_the_word_back()
    {
        foreach (var (codes, words) in new[] { (EpcisSchema.BizStepCodes, CbvVocabulary.BizStepWords), (EpcisSchema.DispositionCodes, CbvVocabulary.DispositionWords) })
        {
            var all = words.Select(w => codes.Code(w)!.Value).ToList();
            Assert.That(all, Is.Unique);
            Assert.That(all.Select(codes.Word), Is.EqualTo(words));
        }
        Assert.That(Actions.Select(a => EpcisSchema.ActionCodes.Word(EpcisSchema.ActionCodes.Code(a)!.Value)), Is.EqualTo(Actions));
    }

    [Test]
    public void A_word_outside_the_vocabulary_has_no_code_and_a_stored_code_outside_it_is_an_error()
    {
        Assert.That(EpcisSchema.BizStepCodes.Code(null), Is.Null);
        Assert.That(() => EpcisSchema.BizStepCodes.Code("rejecting"), Throws.ArgumentException.With.Message.Contains("rejecting"));
        Assert.That(EpcisSchema.DispositionCodes.TryCode("Active", out _), Is.False, "codes are case-sensitive, as CBV words are");
        Assert.That(() => EpcisSchema.ActionCodes.Word(3), Throws.InvalidOperationException);
    }
}
