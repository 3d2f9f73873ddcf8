using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Tests.Contracts;

/// <summary>Distinct, valid sample values for a generated record's members, chosen by C# type and ABI type.</summary>
internal static class SampleValues
{
    public static object[] ForRecord(Type record, IReadOnlyList<string> abiTypes, bool[] hashedTopics)
    {
        var parameters = record.GetConstructors().Single(c => c.GetParameters().Length == abiTypes.Count).GetParameters();
        return parameters.Select((p, i) => For(p.ParameterType, hashedTopics[i] ? "bytes32" : abiTypes[i], i + 1)).ToArray();
    }

    public static object For(Type type, string abiType, int seed)
    {
        if (type.IsArray && type != typeof(byte[]))
        {
            var element = type.GetElementType()!;
            var elementAbi = abiType[..abiType.LastIndexOf('[')];
            var array = Array.CreateInstance(element, 2);
            array.SetValue(For(element, elementAbi, seed), 0);
            array.SetValue(For(element, elementAbi, seed + 7), 1);
            return array;
        }
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(seed % values.Length)!;
        }
        return type switch
        {
            _ when type == typeof(BigInteger) => BigInteger.Pow(2, 200) + seed,
            _ when type == typeof(Address) => new Address(Enumerable.Repeat((byte)(0xA0 + seed), Address.Size).ToArray()),
            _ when type == typeof(Hash32) => Hash32.Keccak([(byte)seed]),
            _ when type == typeof(bool) => seed % 2 == 1,
            _ when type == typeof(string) => $"lot-{seed}-ü",
            _ when type == typeof(byte[]) => Enumerable.Range(seed, abiType == "bytes" ? 5 : int.Parse(abiType["bytes".Length..])).Select(b => (byte)b).ToArray(),
            _ => Convert.ChangeType(seed * 1000 % 250, type, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
