using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Rlp;

namespace PharmaTrace.Ledger.Tests.Rlp;

public sealed class RlpDecoderTests
{
    // Non-canonical or malformed forms beyond the ethereum/tests file, each named for its rule.
    [TestCase("0x83646f6700", "trailing byte after a complete item")]
    [TestCase("0xc0c0", "a second item after the first")]
    [TestCase("0xb8", "long-form string header with no length")]
    [TestCase("0xf8", "long-form list header with no length")]
    [TestCase("0xb838", "long-form string cut off inside its payload")]
    [TestCase("0xc283646f67", "a list item that overruns its list")]
    [TestCase("0xc2c28080", "a nested list that overruns its parent")]
    public void Malformed_or_non_canonical_input_is_refused(string hex, string rule)
    {
        var error = Assert.Throws<RlpException>(() => RlpDecoder.Decode(Hex.Decode(hex)));
        Assert.That(error!.Message, Is.Not.Empty, rule);
    }

    [Test]
    public void A_two_byte_length_that_fits_in_one_is_refused_with_a_clear_message()
    {
        var input = Hex.Decode("0xb90038" + new string('0', 112));
        var error = Assert.Throws<RlpException>(() => RlpDecoder.Decode(input));
        Assert.That(error!.Message, Does.Contain("leading zero"));
    }

    [Test]
    public void A_wrapped_single_byte_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<RlpException>(() => RlpDecoder.Decode(Hex.Decode("0x8105")));
        Assert.That(error!.Message, Does.Contain("must not be wrapped"));
    }

    [Test]
    public void Lists_nested_beyond_the_limit_are_refused_without_exhausting_the_stack()
    {
        var input = RlpEncoder.Encode(Nest(RlpDecoder.MaxDepth + 1));
        var error = Assert.Throws<RlpException>(() => RlpDecoder.Decode(input));
        Assert.That(error!.Message, Does.Contain("nested deeper"));
    }

    [Test]
    public void Lists_nested_to_the_limit_are_accepted()
    {
        var decoded = RlpDecoder.Decode(RlpEncoder.Encode(Nest(RlpDecoder.MaxDepth)));
        Assert.That(decoded.IsList, Is.True);
    }

    /// <summary><paramref name="levels"/> lists, each holding the next; the innermost is empty.</summary>
    private static RlpItem Nest(int levels)
    {
        RlpItem item = new RlpList();
        for (var i = 1; i < levels; i++)
        {
            item = new RlpList(item);
        }
        return item;
    }

    [TestCase("0x00", "a leading zero (zero is the empty string)")]
    [TestCase("0x820001", "a leading zero before 1")]
    [TestCase("0x89010000000000000000", "nine bytes do not fit in 64 bits")]
    public void Non_canonical_or_oversized_scalars_are_refused(string hex, string rule)
    {
        var item = RlpDecoder.Decode(Hex.Decode(hex)).AsString();
        Assert.Throws<RlpException>(() => item.ToUInt64(), rule);
    }

    [Test]
    public void Decoded_strings_are_slices_of_the_input()
    {
        var input = Hex.Decode("0xc883646f6783636174");
        var list = RlpDecoder.Decode(input).AsList();
        Assert.Multiple(() =>
        {
            Assert.That(list.Count, Is.EqualTo(2));
            Assert.That(list[1].AsString().Value.ToArray(), Is.EqualTo("cat"u8.ToArray()));
            Assert.That(() => list[0].AsList(), Throws.TypeOf<RlpException>());
        });
    }
}
