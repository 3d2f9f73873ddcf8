using System.Buffers.Binary;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Merkle;

/// <summary>
/// A batch's pack tree, as docs/merkle.md defines it: OpenZeppelin's StandardMerkleTree of
/// <c>(uint256 index, bytes32 serialHash)</c> (<c>@openzeppelin/merkle-tree</c> 1.x). Leaves are
/// double-hashed, sorted ascending and stored from the end of a <c>2n-1</c> array; node <c>i</c> is the
/// commutative keccak256 of nodes <c>2i+1</c> and <c>2i+2</c>. Proofs verify with OpenZeppelin's
/// <c>MerkleProof</c>, as the ledger's <c>verifyPack</c> and <c>decommission</c> do.
/// </summary>
/// <remarks>
/// Kept whole in one byte array plus each pack's node position (about 68 bytes a pack), because the
/// pharmacy's verification holds every batch's tree in memory and answers a proof with log2(n) reads.
/// </remarks>
public sealed class PackMerkleTree
{
    private const int Size = Hash32.Size;
    private readonly byte[] _nodes;
    private readonly int[] _positionOfIndex;

    private PackMerkleTree(byte[] nodes, int[] positionOfIndex)
    {
        _nodes = nodes;
        _positionOfIndex = positionOfIndex;
    }

    /// <summary>The root the ledger stores for the batch.</summary>
    public Hash32 Root => Node(0);

    /// <summary>The number of packs.</summary>
    public int Count => _positionOfIndex.Length;

    /// <summary>The bytes the tree holds, for a memory budget.</summary>
    public long MemoryBytes => _nodes.LongLength + (_positionOfIndex.LongLength * sizeof(int));

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

        var leaves = new byte[n * Size];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            WriteLeaf((uint)i, serialHashes[i], leaves.AsSpan(i * Size, Size));
            order[i] = i;
        }

        Array.Sort(order, (a, b) => leaves.AsSpan(a * Size, Size).SequenceCompareTo(leaves.AsSpan(b * Size, Size)));
        var total = (2 * n) - 1;
        var nodes = new byte[total * Size];
        var positions = new int[n];
        for (var k = 0; k < n; k++)
        {
            var position = total - 1 - k;
            positions[order[k]] = position;
            leaves.AsSpan(order[k] * Size, Size).CopyTo(nodes.AsSpan(position * Size, Size));
        }

        Span<byte> pair = stackalloc byte[2 * Size];
        for (var i = total - n - 1; i >= 0; i--)
        {
            HashPair(nodes.AsSpan(((2 * i) + 1) * Size, Size), nodes.AsSpan(((2 * i) + 2) * Size, Size), pair, nodes.AsSpan(i * Size, Size));
        }

        return new PackMerkleTree(nodes, positions);
    }

    /// <summary>The standard leaf: <c>keccak256(bytes.concat(keccak256(abi.encode(index, serialHash))))</c>.</summary>
    public static Hash32 Leaf(uint index, Hash32 serialHash)
    {
        Span<byte> leaf = stackalloc byte[Size];
        WriteLeaf(index, serialHash, leaf);
        return new Hash32(leaf);
    }

    /// <summary>The leaf of the pack at <paramref name="index"/>.</summary>
    public Hash32 LeafAt(int index) => Node(_positionOfIndex[index]);

    /// <summary>The proof of the pack at <paramref name="index"/>, leaf to root, as <c>MerkleProof.verify</c> takes it.</summary>
    public Hash32[] Proof(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _positionOfIndex.Length);
        var position = _positionOfIndex[index];
        var depth = 0;
        for (var x = position; x > 0; x = (x - 1) / 2)
        {
            depth++;
        }

        var proof = new Hash32[depth];
        for (var d = 0; position > 0; d++)
        {
            proof[d] = Node(position % 2 == 1 ? position + 1 : position - 1);
            position = (position - 1) / 2;
        }

        return proof;
    }

    /// <summary>Checks a proof as OpenZeppelin's <c>MerkleProof.verify</c> does (commutative pair hashing).</summary>
    public static bool Verify(Hash32 root, Hash32 leaf, IReadOnlyList<Hash32> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        Span<byte> current = stackalloc byte[Size];
        Span<byte> sibling = stackalloc byte[Size];
        Span<byte> pair = stackalloc byte[2 * Size];
        leaf.CopyTo(current);
        foreach (var step in proof)
        {
            step.CopyTo(sibling);
            HashPair(current, sibling, pair, current);
        }

        return new Hash32(current) == root;
    }

    private Hash32 Node(int position) => new(_nodes.AsSpan(position * Size, Size));

    private static void WriteLeaf(uint index, Hash32 serialHash, Span<byte> destination)
    {
        Span<byte> encoded = stackalloc byte[2 * Size];
        encoded.Clear();
        BinaryPrimitives.WriteUInt32BigEndian(encoded[(Size - 4)..Size], index);
        serialHash.CopyTo(encoded[Size..]);
        Span<byte> inner = stackalloc byte[Size];
        Keccak256.Hash(encoded, inner);
        Keccak256.Hash(inner, destination);
    }

    // OpenZeppelin Hashes.commutativeKeccak256: the smaller word first.
    private static void HashPair(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> pair, Span<byte> destination)
    {
        if (a.SequenceCompareTo(b) <= 0)
        {
            a.CopyTo(pair);
            b.CopyTo(pair[Size..]);
        }
        else
        {
            b.CopyTo(pair);
            a.CopyTo(pair[Size..]);
        }

        Keccak256.Hash(pair, destination);
    }
}
