using PharmaTrace.Ledger.Rlp;

namespace PharmaTrace.Ledger.Tests.Rlp;

/// <summary>The official RLP vectors of ethereum/tests (RLPTests/rlptest.json and invalidRLPTest.json).</summary>
public sealed class RlpVectorTests
{
    // ethereum/tests' "listofbinaries" contradicts itself: its header f8a7 declares a 167-byte list,
    // which holds only the first four of its 167 input items, and 153 zero bytes follow outside the
    // list. A canonical decoder must refuse those trailing bytes; a test below checks exactly that.
    private const string SelfContradictoryVector = "listofbinaries";

    private static IEnumerable<TestCaseData> ValidVectors() =>
        RlpVector.Read("rlptest.json").Where(v => v.Name != SelfContradictoryVector).Select(v => v.ToTestCase());

    private static IEnumerable<TestCaseData> InvalidVectors() =>
        RlpVector.Read("invalidRLPTest.json").Select(v => v.ToTestCase());

    [Test]
    public void The_listofbinaries_vector_is_refused_for_the_bytes_after_its_list()
    {
        var vector = RlpVector.Read("rlptest.json").Single(v => v.Name == SelfContradictoryVector);
        var firstFour = new RlpList(((RlpList)vector.Input!).Items.Take(4).ToArray());

        var error = Assert.Throws<RlpException>(() => RlpDecoder.Decode(vector.Output));
        Assert.That(error!.Message, Does.Contain("trailing"));
        Assert.That(RlpEncoder.Encode(firstFour), Is.EqualTo(vector.Output[..169]));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Encoding_the_input_gives_the_vector_bytes(RlpVector vector)
    {
        Assert.That(RlpEncoder.Encode(vector.Input!), Is.EqualTo(vector.Output));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void The_encoded_length_is_known_before_writing(RlpVector vector)
    {
        Assert.That(RlpEncoder.GetLength(vector.Input!), Is.EqualTo(vector.Output.Length));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Decoding_the_vector_bytes_gives_the_input(RlpVector vector)
    {
        var decoded = RlpDecoder.Decode(vector.Output);
        Assert.That(RlpVector.Describe(decoded), Is.EqualTo(RlpVector.Describe(vector.Input!)));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void The_reader_walks_the_vector_to_its_end(RlpVector vector)
    {
        var reader = new RlpReader(vector.Output);
        Walk(ref reader);
        Assert.That(reader.HasMore, Is.False);
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void The_decoder_refuses_the_invalid_vector(RlpVector vector)
    {
        Assert.Throws<RlpException>(() => RlpDecoder.Decode(vector.Output));
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void The_reader_refuses_the_invalid_vector(RlpVector vector)
    {
        Assert.Throws<RlpException>(() =>
        {
            var reader = new RlpReader(vector.Output);
            Walk(ref reader);
            reader.EnsureEnd();
        });
    }

    /// <summary>Reads exactly one item, descending into lists.</summary>
    private static void Walk(ref RlpReader reader)
    {
        if (!reader.IsNextList)
        {
            reader.ReadString();
            return;
        }
        var inner = reader.ReadList();
        while (inner.HasMore)
        {
            Walk(ref inner);
        }
    }
}
