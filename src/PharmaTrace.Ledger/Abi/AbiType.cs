using System.Text;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A Solidity ABI type (Contract ABI Specification, "Types"), immutable and compared by its
/// canonical name. Parse one from a canonical type string with <see cref="Parse"/> or build it
/// with the factory members.
/// </summary>
public sealed class AbiType : IEquatable<AbiType>
{
    /// <summary>The size of one ABI word: every head and every static value is a multiple of it.</summary>
    public const int WordSize = 32;

    /// <summary>Static types larger than this are refused, so a type string cannot demand gigabytes.</summary>
    public const int MaxStaticSize = 1 << 24;

    private static readonly AbiType[] UInts = CreateIntegers(AbiTypeKind.UnsignedInteger, "uint");
    private static readonly AbiType[] Ints = CreateIntegers(AbiTypeKind.SignedInteger, "int");
    private static readonly AbiType[] FixedByteTypes = CreateFixedBytes();

    private AbiType(AbiTypeKind kind, string canonicalName, int bits = 0, int length = 0,
        AbiType? elementType = null, AbiType[]? components = null)
    {
        Kind = kind;
        CanonicalName = canonicalName;
        Bits = bits;
        Length = length;
        ElementType = elementType;
        Components = components ?? [];
        IsDynamic = kind switch
        {
            AbiTypeKind.Bytes or AbiTypeKind.Utf8String or AbiTypeKind.Array => true,
            AbiTypeKind.FixedArray => elementType!.IsDynamic,
            AbiTypeKind.Tuple => Array.Exists(components!, c => c.IsDynamic),
            _ => false,
        };
        HeadSize = IsDynamic ? WordSize : ComputeStaticSize(kind, length, elementType, components);
    }

    /// <summary>The kind of type.</summary>
    public AbiTypeKind Kind { get; }

    /// <summary>The canonical type string used in signatures, e.g. <c>uint256</c> or <c>(bytes32,string)[]</c>.</summary>
    public string CanonicalName { get; }

    /// <summary>The bit size M of <c>uint&lt;M&gt;</c> and <c>int&lt;M&gt;</c>; 0 for other kinds.</summary>
    public int Bits { get; }

    /// <summary>The byte count of <c>bytes&lt;M&gt;</c> or the element count of <c>T[k]</c>; 0 for other kinds.</summary>
    public int Length { get; }

    /// <summary>The element type of an array; <see langword="null"/> for other kinds.</summary>
    public AbiType? ElementType { get; }

    /// <summary>The component types of a tuple; empty for other kinds.</summary>
    public IReadOnlyList<AbiType> Components { get; }

    /// <summary>True for <c>bytes</c>, <c>string</c>, <c>T[]</c>, and arrays and tuples holding a dynamic type.</summary>
    public bool IsDynamic { get; }

    /// <summary>The size of this type's slot in the head of an enclosing tuple: 32 for a dynamic type
    /// (its offset), the full encoded size for a static one.</summary>
    public int HeadSize { get; }

    /// <summary><c>address</c>.</summary>
    public static AbiType Address { get; } = new(AbiTypeKind.Address, "address");

    /// <summary><c>bool</c>.</summary>
    public static AbiType Bool { get; } = new(AbiTypeKind.Bool, "bool");

    /// <summary><c>bytes</c>.</summary>
    public static AbiType Bytes { get; } = new(AbiTypeKind.Bytes, "bytes");

    /// <summary><c>string</c>.</summary>
    public static AbiType Utf8String { get; } = new(AbiTypeKind.Utf8String, "string");

    /// <summary><c>uint256</c>.</summary>
    public static AbiType UInt256 => UInts[31];

    /// <summary><c>bytes32</c>.</summary>
    public static AbiType Bytes32 => FixedByteTypes[31];

    /// <summary><c>uint&lt;bits&gt;</c>.</summary>
    public static AbiType UnsignedInteger(int bits) => UInts[CheckBits(bits)];

    /// <summary><c>int&lt;bits&gt;</c>.</summary>
    public static AbiType SignedInteger(int bits) => Ints[CheckBits(bits)];

    /// <summary><c>bytes&lt;length&gt;</c>, 1 ≤ length ≤ 32.</summary>
    public static AbiType FixedBytes(int length) =>
        length is >= 1 and <= WordSize
            ? FixedByteTypes[length - 1]
            : throw new AbiException($"bytes<M> needs 1 <= M <= 32, not {length}.");

    /// <summary><c>T[]</c>.</summary>
    public static AbiType ArrayOf(AbiType elementType)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        return new AbiType(AbiTypeKind.Array, elementType.CanonicalName + "[]", elementType: elementType);
    }

    /// <summary><c>T[length]</c>.</summary>
    public static AbiType ArrayOf(AbiType elementType, int length)
    {
        ArgumentNullException.ThrowIfNull(elementType);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return new AbiType(AbiTypeKind.FixedArray, $"{elementType.CanonicalName}[{length}]", length: length, elementType: elementType);
    }

    /// <summary><c>(T1,…,Tn)</c>.</summary>
    public static AbiType Tuple(params IReadOnlyList<AbiType> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var copy = new AbiType[components.Count];
        var name = new StringBuilder("(");
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = components[i] ?? throw new ArgumentException("A tuple component is null.", nameof(components));
            name.Append(i == 0 ? "" : ",").Append(copy[i].CanonicalName);
        }
        return new AbiType(AbiTypeKind.Tuple, name.Append(')').ToString(), components: copy);
    }

    /// <summary>Parses a type string such as <c>uint256</c>, <c>bytes32[3]</c> or <c>(uint256,string)[]</c>.</summary>
    /// <remarks><c>uint</c> and <c>int</c> are read as <c>uint256</c> and <c>int256</c>; fixed-point and
    /// <c>function</c> types are not supported.</remarks>
    /// <exception cref="AbiException">The text is not a supported type string.</exception>
    public static AbiType Parse(string text) => AbiTypeParser.Parse(text);

    /// <summary>The canonical type string.</summary>
    public override string ToString() => CanonicalName;

    /// <inheritdoc/>
    public bool Equals(AbiType? other) => other is not null && CanonicalName == other.CanonicalName;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AbiType);

    /// <inheritdoc/>
    public override int GetHashCode() => CanonicalName.GetHashCode(StringComparison.Ordinal);

    private static int CheckBits(int bits) =>
        bits is >= 8 and <= 256 && bits % 8 == 0
            ? (bits / 8) - 1
            : throw new AbiException($"Integer types need a bit size 8 <= M <= 256 with M % 8 == 0, not {bits}.");

    private static int ComputeStaticSize(AbiTypeKind kind, int length, AbiType? elementType, AbiType[]? components)
    {
        long size = WordSize;
        if (kind == AbiTypeKind.FixedArray)
        {
            size = (long)length * elementType!.HeadSize;
        }
        else if (kind == AbiTypeKind.Tuple)
        {
            size = 0;
            foreach (var component in components!)
            {
                size += component.HeadSize;
            }
        }
        return size <= MaxStaticSize
            ? (int)size
            : throw new AbiException($"A static ABI type of {size} bytes is larger than the {MaxStaticSize}-byte limit.");
    }

    private static AbiType[] CreateIntegers(AbiTypeKind kind, string prefix)
    {
        var types = new AbiType[32];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = new AbiType(kind, prefix + ((i + 1) * 8), bits: (i + 1) * 8);
        }
        return types;
    }

    private static AbiType[] CreateFixedBytes()
    {
        var types = new AbiType[WordSize];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = new AbiType(AbiTypeKind.FixedBytes, "bytes" + (i + 1), length: i + 1);
        }
        return types;
    }
}
