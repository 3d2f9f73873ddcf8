using System.Text;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Tests.Merkle;

/// <summary>
/// The properties of the pack tree that need no chain (its layout against the Solidity harness and the
/// ledger's verifyPack is in <see cref="PackMerkleTreeTests"/>): every proof, off-chain verification,
/// the index bound into the leaf, and the size the pharmacy's in-memory index counts on.
/// </summary>
public sealed class PackMerkleTreeProofTests
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
        var tree = PackMerkleTree.Build(serials);

        for (var i = 0; i < count; i++)
        {
            Assert.That(tree.LeafAt(i), Is.EqualTo(PackMerkleTree.Leaf((uint)i, serials[i])), $"leaf {i} of {count}");
            Assert.That(PackMerkleTree.Verify(tree.Root, tree.LeafAt(i), tree.Proof(i)), Is.True, $"pack {i} of {count}");
        }
    }

    [Test]
    public void A_proof_does_not_hold_for_another_index_of_the_same_serial()
    {
        var serials = Serials(8);
        var tree = PackMerkleTree.Build(serials);

        Assert.That(PackMerkleTree.Verify(tree.Root, PackMerkleTree.Leaf(4, serials[3]), tree.Proof(3)), Is.False,
            "the index is in the leaf, so one proof cannot flip another pack's bit");
    }

    [Test]
    public void A_single_pack_tree_is_its_leaf_with_an_empty_proof()
    {
        var serial = Serials(1)[0];
        var tree = PackMerkleTree.Build([serial]);

        Assert.That(tree.Root, Is.EqualTo(PackMerkleTree.Leaf(0, serial)));
        Assert.That(tree.Proof(0), Is.Empty);
    }

    [Test]
    public void A_proof_of_an_index_outside_the_batch_is_refused()
    {
        var tree = PackMerkleTree.Build(Serials(5));

        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Proof(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => tree.Proof(-1));
    }

    [Test]
    public void The_proof_of_a_million_pack_tree_has_twenty_hashes_and_the_tree_about_68_bytes_a_pack()
    {
        var tree = PackMerkleTree.Build(Serials(1 << 20));

        Assert.That(tree.Proof(123_456), Has.Length.EqualTo(20));
        Assert.That(tree.MemoryBytes, Is.LessThan(72L * (1 << 20)));
    }
}
