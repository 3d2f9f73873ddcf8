using System.Buffers.Binary;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Merkle;

/// <summary>
/// A batch's pack tree, as docs/merkle.md defines it: OpenZeppelin's StandardMerkleTree of
/// <c>(uint256 index, bytes32 serialHash)</c> (<c>@openzeppelin/merkle-tree</c> 1.x). Leaves are
/// double-hashed, sorted ascending and stored from the end of a <c>2n-1</c> array; node <c>i</c> is the
/// commutative keccak256 of nodes <c>2i+1</c> and <c>2i+2</c>. Proofs verify with OpenZeppelin's
/// <c>MerkleProof</c>, as the ledger's <c>verifyPack</c> and <c>decommission</c> do.
/// </summary>
public sealed class PackMerkleTree
{
    private readonly Hash32[] _tree;
    private readonly Dictionary<Hash32, int> _positionOfLeaf;
    private readonly Hash32[] _leafOfIndex;

    private PackMerkleTree(Hash32[] tree, Hash32[] leafOfIndex)
    {
        _tree = tree;
        _leafOfIndex = leafOfIndex;
        _positionOfLeaf = new Dictionary<Hash32, int>(leafOfIndex.Length);
        for (var p = tree.Length - leafOfIndex.Length; p < tree.Length; p++)
        {
            _positionOfLeaf[tree[p]] = p;
        }
    }

    /// <summary>The root the ledger stores for the batch.</summary>
    public Hash32 Root => _tree[0];

    /// <summary>The number of packs.</summary>
    public int Count => _leafOfIndex.Length;

    /// <summary>Builds the tree of the serial hashes in published order (index 0 first).</summary>
    /// <exception cref="ArgumentException">There are no serial hashes.</exception>
    public static PackMerkleTree Build(IReadOnlyList<Hash32> serialHashes)
    {
        ArgumentNullException.ThrowIfNull(serialHashes);
        var n = serialHashes.Count;
        if (n == 0)
        {
            throw new ArgumentException("A pack tree has at least one pack.", nameof(serialHashes));
        }
        var leaves = new Hash32[n];
        for (var i = 0; i < n; i++)
        {
            leaves[i] = Leaf((uint)i, serialHashes[i]);
        }
        var sorted = (Hash32[])leaves.Clone();
        Array.Sort(sorted, Compare);
        var tree = new Hash32[(2 * n) - 1];
        for (var k = 0; k < n; k++)
        {
            tree[tree.Length - 1 - k] = sorted[k];
        }
        Span<byte> pair = stackalloc byte[64];
        for (var i = tree.Length - n - 1; i >= 0; i--)
        {
            tree[i] = HashPair(tree[(2 * i) + 1], tree[(2 * i) + 2], pair);
        }
        return new PackMerkleTree(tree, leaves);
    }

    /// <summary>The standard leaf: <c>keccak256(bytes.concat(keccak256(abi.encode(index, serialHash))))</c>.</summary>
    public static Hash32 Leaf(uint index, Hash32 serialHash)
    {
        Span<byte> encoded = stackalloc byte[64];
        encoded[..32].Clear();
        BinaryPrimitives.WriteUInt32BigEndian(encoded[28..32], index);
        serialHash.CopyTo(encoded[32..]);
        Span<byte> inner = stackalloc byte[32];
        Ledger.Codecs.Keccak256.Hash(encoded, inner);
        return Hash32.Keccak(inner);
    }

    /// <summary>The proof of the pack at <paramref name="index"/>, leaf to root, as <c>MerkleProof.verify</c> takes it.</summary>
    public IReadOnlyList<Hash32> Proof(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _leafOfIndex.Length);
        var position = _positionOfLeaf[_leafOfIndex[index]];
        var proof = new List<Hash32>();
        while (position > 0)
        {
            proof.Add(_tree[position % 2 == 1 ? position + 1 : position - 1]);
            position = (position - 1) / 2;
        }
        return proof;
    }

    // OpenZeppelin Hashes.commutativeKeccak256: the smaller word first.
    private static Hash32 HashPair(Hash32 a, Hash32 b, Span<byte> buffer)
    {
        if (Compare(a, b) > 0)
        {
            (a, b) = (b, a);
        }
        a.CopyTo(buffer[..32]);
        b.CopyTo(buffer[32..]);
        return Hash32.Keccak(buffer);
    }

    private static int Compare(Hash32 a, Hash32 b)
    {
        Span<byte> x = stackalloc byte[32];
        Span<byte> y = stackalloc byte[32];
        a.CopyTo(x);
        b.CopyTo(y);
        return x.SequenceCompareTo(y);
    }
}
