using System.Text;
using PharmaTrace.Api.Pharmacy.Index;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>
/// The pack tree against OpenZeppelin's StandardMerkleTree (docs/merkle.md). The on-chain check of every
/// proof is in PackVerificationTests; here, the properties that need no chain.
/// </summary>
public sealed class PackTreeTests
{
    private static Hash32[] Serials(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Hash32.Keccak(Encoding.UTF8.GetBytes($"S{i}")))];

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(100)]
    [TestCase(4097)]
    public void Every_proof_leads_from_its_leaf_to_the_root(int count)
    {
        var serials = Serials(count);
        var tree = PackTree.Build(serials);

        for (var i = 0u; i < count; i++)
        {
            Assert.That(PackTree.Verify(tree.Root, PackTree.LeafOf(i, serials[i]), tree.ProofOf(i)), Is.True, $"pack {i} of {count}");
        }
    }

    [Test]
    public void A_proof_does_not_hold_for_another_index_of_the_same_serial()
    {
        var serials = Serials(8);
        var tree = PackTree.Build(serials);

        Assert.That(PackTree.Verify(tree.Root, PackTree.LeafOf(4, serials[3]), tree.ProofOf(3)), Is.False,
            "the index is in the leaf, so one proof cannot flip another pack's bit");
    }

    [Test]
    public void A_single_pack_tree_is_its_leaf_with_an_empty_proof()
    {
        var serial = Serials(1)[0];
        var tree = PackTree.Build([serial]);

        Assert.That(tree.Root, Is.EqualTo(PackTree.LeafOf(0, serial)));
        Assert.That(tree.ProofOf(0), Is.Empty);
    }

    [Test]
    public void The_proof_of_a_million_pack_tree_has_twenty_hashes()
    {
        var tree = PackTree.Build(Serials(1 << 20));

        Assert.That(tree.ProofOf(123_456), Has.Length.EqualTo(20));
        Assert.That(tree.MemoryBytes, Is.LessThan(72L * (1 << 20)), "about 68 bytes a pack");
    }
}
