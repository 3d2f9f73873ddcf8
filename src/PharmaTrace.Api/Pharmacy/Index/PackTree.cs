using System.Buffers.Binary;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>
/// A batch's pack tree in OpenZeppelin's StandardMerkleTree layout (docs/merkle.md,
/// @openzeppelin/merkle-tree 1.x): leaves double-hashed from (uint256 index, bytes32 serialHash),
/// sorted ascending and stored from the end of a 2n-1 node array; node i is the commutative
/// Keccak-256 of nodes 2i+1 and 2i+2. Kept whole so that a proof is log2(n) array reads.
/// </summary>
public sealed class PackTree
{
    private const int Size = Hash32.Size;
    private readonly byte[] _nodes;
    private readonly int[] _positionOfIndex;

    private PackTree(byte[] nodes, int[] positionOfIndex)
    {
        _nodes = nodes;
        _positionOfIndex = positionOfIndex;
    }

    /// <summary>The number of packs.</summary>
    public int Count => _positionOfIndex.Length;

    /// <summary>The root, which the ledger stores for the batch.</summary>
    public Hash32 Root => Node(0);

    /// <summary>The bytes held, for the memory budget.</summary>
    public long MemoryBytes => _nodes.LongLength + _positionOfIndex.LongLength * sizeof(int);

    /// <summary>Builds the tree of the serial hashes at indexes 0..n-1.</summary>
    public static PackTree Build(IReadOnlyList<Hash32> serialHashes)
    {
        ArgumentNullException.ThrowIfNull(serialHashes);
        var n = serialHashes.Count;
        if (n == 0)
        {
            throw new ArgumentException("A pack tree needs at least one pack.", nameof(serialHashes));
        }

        var leaves = new byte[n * Size];
        for (var i = 0; i < n; i++)
        {
            Leaf((uint)i, serialHashes[i], leaves.AsSpan(i * Size, Size));
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => leaves.AsSpan(a * Size, Size).SequenceCompareTo(leaves.AsSpan(b * Size, Size)));
        var nodes = new byte[(2 * n - 1) * Size];
        var positions = new int[n];
        var total = 2 * n - 1;
        for (var k = 0; k < n; k++)
        {
            var position = total - 1 - k;
            positions[order[k]] = position;
            leaves.AsSpan(order[k] * Size, Size).CopyTo(nodes.AsSpan(position * Size, Size));
        }

        Span<byte> pair = stackalloc byte[2 * Size];
        for (var i = total - n - 1; i >= 0; i--)
        {
            var left = nodes.AsSpan((2 * i + 1) * Size, Size);
            var right = nodes.AsSpan((2 * i + 2) * Size, Size);
            CommutativeHash(left, right, pair, nodes.AsSpan(i * Size, Size));
        }

        return new PackTree(nodes, positions);
    }

    /// <summary>The leaf of the pack at <paramref name="index"/>.</summary>
    public Hash32 LeafAt(uint index) => Node(_positionOfIndex[index]);

    /// <summary>The proof of the pack at <paramref name="index"/>, as OpenZeppelin's getProof gives it
    /// and MerkleProof.verifyCalldata checks it: siblings from the leaf up.</summary>
    public Hash32[] ProofOf(uint index)
    {
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

    /// <summary>The standard leaf: keccak256(bytes.concat(keccak256(abi.encode(uint256 index, bytes32 serialHash)))).</summary>
    public static Hash32 LeafOf(uint index, Hash32 serialHash)
    {
        Span<byte> leaf = stackalloc byte[Size];
        Leaf(index, serialHash, leaf);
        return new Hash32(leaf);
    }

    /// <summary>Checks a proof as OpenZeppelin's MerkleProof does (commutative pair hashing).</summary>
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
            CommutativeHash(current, sibling, pair, current);
        }

        return new Hash32(current) == root;
    }

    private Hash32 Node(int position) => new(_nodes.AsSpan(position * Size, Size));

    private static void Leaf(uint index, Hash32 serialHash, Span<byte> destination)
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
    private static void CommutativeHash(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, Span<byte> pair, Span<byte> destination)
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
