using System.Numerics;
using System.Text;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Abi;

/// <summary>Random ABI types and values from a seed, biased toward edge cases (extremes, empty, word boundaries).</summary>
public sealed class RandomAbi(int seed)
{
    private static readonly string[] TextPieces = ["a", "Z", "0", " ", "é", "ß", "€", "中", "文", "😀", "\0", "\n", "\"", "\\"];

    private readonly Random _random = new(seed);

    /// <summary>One to four types, as a function's parameter list would be.</summary>
    public AbiType[] NextTypes()
    {
        var types = new AbiType[1 + _random.Next(4)];
        for (var i = 0; i < types.Length; i++)
        {
            types[i] = NextType(0);
        }
        return types;
    }

    public AbiType NextType(int depth)
    {
        if (depth < 3 && _random.Next(4) == 0)
        {
            var element = NextType(depth + 1);
            switch (_random.Next(3))
            {
                case 0: return AbiType.ArrayOf(element);
                case 1: return AbiType.ArrayOf(element, 1 + _random.Next(3));
                default:
                    var components = new AbiType[1 + _random.Next(4)];
                    components[0] = element;
                    for (var i = 1; i < components.Length; i++)
                    {
                        components[i] = NextType(depth + 1);
                    }
                    return AbiType.Tuple(components);
            }
        }
        return _random.Next(7) switch
        {
            0 => AbiType.UnsignedInteger(8 * (1 + _random.Next(32))),
            1 => AbiType.SignedInteger(8 * (1 + _random.Next(32))),
            2 => AbiType.Address,
            3 => AbiType.Bool,
            4 => AbiType.FixedBytes(1 + _random.Next(32)),
            5 => AbiType.Bytes,
            _ => AbiType.Utf8String,
        };
    }

    public object[] NextValues(IReadOnlyList<AbiType> types)
    {
        var values = new object[types.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = NextValue(types[i]);
        }
        return values;
    }

    public object NextValue(AbiType type)
    {
        switch (type.Kind)
        {
            case AbiTypeKind.UnsignedInteger:
                return _random.Next(8) switch
                {
                    0 => BigInteger.Zero,
                    1 => (BigInteger.One << type.Bits) - 1,
                    _ => NextBits(1 + _random.Next(type.Bits)),
                };
            case AbiTypeKind.SignedInteger:
                var limit = BigInteger.One << (type.Bits - 1);
                return _random.Next(8) switch
                {
                    0 => -limit,
                    1 => limit - 1,
                    2 => BigInteger.MinusOne,
                    _ => _random.Next(2) == 0 ? NextBits(1 + _random.Next(type.Bits - 1)) : -NextBits(1 + _random.Next(type.Bits - 1)),
                };
            case AbiTypeKind.Address:
                return new Address(NextBytes(Address.Size));
            case AbiTypeKind.Bool:
                return _random.Next(2) == 1;
            case AbiTypeKind.FixedBytes:
                return NextBytes(type.Length);
            case AbiTypeKind.Bytes:
                return NextBytes(new[] { 0, 1, 31, 32, 33, _random.Next(100) }[_random.Next(6)]);
            case AbiTypeKind.Utf8String:
                var text = new StringBuilder();
                for (var i = _random.Next(40); i > 0; i--)
                {
                    text.Append(TextPieces[_random.Next(TextPieces.Length)]);
                }
                return text.ToString();
            case AbiTypeKind.Array:
            case AbiTypeKind.FixedArray:
                var elements = new object[type.Kind == AbiTypeKind.FixedArray ? type.Length : _random.Next(5)];
                for (var i = 0; i < elements.Length; i++)
                {
                    elements[i] = NextValue(type.ElementType!);
                }
                return elements;
            default:
                return NextValues(type.Components);
        }
    }

    private byte[] NextBytes(int count)
    {
        var bytes = new byte[count];
        _random.NextBytes(bytes);
        return bytes;
    }

    private BigInteger NextBits(int bits)
    {
        var bytes = NextBytes((bits + 7) / 8);
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        return value & ((BigInteger.One << bits) - 1);
    }
}
