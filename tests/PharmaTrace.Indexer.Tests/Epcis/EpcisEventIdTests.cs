using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>The event ID: a version-8 UUID that names its event's place in the chain and whose chain it is.</summary>
public sealed class EpcisEventIdTests
{
    private static readonly EpcisChain Chain = new(31337, Address.Parse("0x5fbdb2315678afecb367f032d93f642f64180aa3"));

    private static LedgerEventContext Context(ulong block, int logIndex, string tx = "tx") =>
        new(block, Hash32.Keccak([1]), DateTimeOffset.UnixEpoch, Hash32.Keccak(System.Text.Encoding.UTF8.GetBytes(tx)), 0, logIndex);

    [TestCase(0UL, 0)]
    [TestCase(1UL, 1)]
    [TestCase(123_456UL, 4_095)]
    [TestCase(123_456UL, 4_096)]
    [TestCase(9_000_000_000UL, 999_999)]
    public void An_ID_is_an_RFC_9562_version_8_UUID_that_gives_back_its_seq(ulong block, int logIndex)
    {
        var id = EpcisEventId.For(Chain, Context(block, logIndex));

        Assert.That(id, Does.Match("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        Assert.That(EpcisEventId.TrySeq(id, out var seq), Is.True);
        Assert.That(seq, Is.EqualTo(EpcisSchema.Seq(block, logIndex)));
    }

    [Test]
    public void The_same_event_gives_the_same_ID_and_another_chain_contract_or_transaction_another()
    {
        var id = EpcisEventId.For(Chain, Context(7, 3));

        Assert.That(EpcisEventId.For(Chain, Context(7, 3)), Is.EqualTo(id));
        Assert.That(EpcisEventId.For(Chain with { ChainId = 1 }, Context(7, 3)), Is.Not.EqualTo(id));
        Assert.That(EpcisEventId.For(Chain with { Contract = Address.Parse("0x0000000000000000000000000000000000000001") }, Context(7, 3)), Is.Not.EqualTo(id));
        Assert.That(EpcisEventId.For(Chain, Context(7, 3, "another tx")), Is.Not.EqualTo(id));
    }

    [Test]
    public void IDs_sort_in_chain_order()
    {
        var places = new[] { (1UL, 0), (1UL, 1), (1UL, 4_097), (2UL, 0), (300UL, 5), (70_000UL, 0) };
        var ids = places.Select(p => EpcisEventId.For(Chain, Context(p.Item1, p.Item2, $"tx-{p.Item1}-{p.Item2}"))).ToList();

        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [Test]
    public void A_place_without_a_seq_has_no_ID()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EpcisEventId.For(Chain, Context(1, EpcisSchema.LogIndexLimit)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EpcisEventId.For(Chain, Context((ulong)(long.MaxValue / EpcisSchema.LogIndexLimit), 0)));
    }

    [TestCase("urn:uuid:not-a-uuid")]
    [TestCase("urn:uuid:0189c3a2-0b7e-7abc-8def-0123456789ab")] // version 7
    [TestCase("urn:uuid:0189c3a2-0b7e-8abc-cdef-0123456789ab")] // variant 110
    [TestCase("urn:uuid:ffffffff-ffff-8fff-bfff-ffffffffffff")] // log index 16,777,215: beyond seq's
    [TestCase("ni:///sha-256;abc")]
    [TestCase("")]
    public void Text_that_is_not_one_of_our_IDs_names_no_seq(string text)
    {
        Assert.That(EpcisEventId.TrySeq(text, out _), Is.False);
    }
}
