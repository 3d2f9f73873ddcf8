using System;
using System.Collections.Generic;
using System.Linq;
using PharmaTrace.Ledger.Generators.Model;

namespace PharmaTrace.Ledger.Generators.Emit;

/// <summary>
/// Maps ABI types to C# types and writes the expressions that convert between those C# values and
/// the values of our ABI codec (BigInteger, Address, bool, byte[], string, object[]).
/// </summary>
internal sealed class TypeMapper
{
    private readonly Dictionary<string, string[]> _enums;

    public TypeMapper(Dictionary<string, string[]> enums) => _enums = enums;

    /// <summary>Enums used by the contract: C# name → (Solidity canonical name, members).</summary>
    public SortedDictionary<string, (string Canonical, string[] Members)> UsedEnums { get; } = new(StringComparer.Ordinal);

    /// <summary>Structs used by the contract: C# name → (Solidity canonical name, components).</summary>
    public SortedDictionary<string, (string Canonical, IReadOnlyList<AbiParam> Components)> UsedStructs { get; } = new(StringComparer.Ordinal);

    /// <summary>The C# type of a value of <paramref name="p"/>.</summary>
    public string CSharpType(AbiParam p)
    {
        if (p.IsArray)
        {
            return CSharpType(p.Element()) + "[]";
        }
        if (p.Type == "tuple")
        {
            return StructName(p);
        }
        if (EnumName(p) is { } enumName)
        {
            return enumName;
        }
        return p.Type switch
        {
            "address" => "global::PharmaTrace.Ledger.Primitives.Address",
            "bool" => "bool",
            "string" => "string",
            "bytes" => "byte[]",
            "bytes32" => "global::PharmaTrace.Ledger.Primitives.Hash32",
            _ when p.Type.StartsWith("bytes", StringComparison.Ordinal) => "byte[]",
            _ when p.Type.StartsWith("uint", StringComparison.Ordinal) => Integer(p.Type.Substring(4), "byte", "ushort", "uint", "ulong"),
            _ when p.Type.StartsWith("int", StringComparison.Ordinal) => Integer(p.Type.Substring(3), "sbyte", "short", "int", "long"),
            _ => throw new NotSupportedException($"ABI type '{p.Type}' has no binding."),
        };
    }

    /// <summary>An expression converting the C# value <paramref name="expr"/> to what AbiEncoder accepts.</summary>
    public string ToAbi(string expr, AbiParam p)
    {
        if (p.IsArray)
        {
            var element = p.Element();
            return NeedsConversion(element)
                ? $"global::System.Array.ConvertAll({expr}, e => (object){ToAbi("e", element)})"
                : expr;
        }
        if (p.Type == "tuple")
        {
            return $"{expr}.ToAbiValues()";
        }
        return EnumName(p) is not null ? $"(byte){expr}" : expr;
    }

    /// <summary>An expression converting the decoded ABI value <paramref name="expr"/> (an object) to the C# type.</summary>
    public string FromAbi(string expr, AbiParam p)
    {
        if (p.IsArray)
        {
            var element = p.Element();
            return $"global::System.Array.ConvertAll((object[]){expr}, e => {FromAbi("e", element)})";
        }
        if (p.Type == "tuple")
        {
            return $"{StructName(p)}.FromAbiValues((object[]){expr})";
        }
        var type = CSharpType(p);
        return type switch
        {
            "global::System.Numerics.BigInteger" => $"(global::System.Numerics.BigInteger){expr}",
            "global::PharmaTrace.Ledger.Primitives.Hash32" => $"new global::PharmaTrace.Ledger.Primitives.Hash32((byte[]){expr})",
            "byte" or "ushort" or "uint" or "ulong" or "sbyte" or "short" or "int" or "long" =>
                $"({type})(global::System.Numerics.BigInteger){expr}",
            _ when EnumName(p) is not null => $"({type})(byte)(global::System.Numerics.BigInteger){expr}",
            _ => $"({type}){expr}",
        };
    }

    private bool NeedsConversion(AbiParam p) =>
        p.Type == "tuple" || EnumName(p) is not null || (p.IsArray && NeedsConversion(p.Element()));

    private static string Integer(string bits, string b8, string b16, string b32, string b64)
    {
        var size = bits.Length == 0 ? 256 : int.Parse(bits, System.Globalization.CultureInfo.InvariantCulture);
        return size switch
        {
            8 => b8,
            16 => b16,
            <= 32 => b32,
            <= 64 => b64,
            _ => "global::System.Numerics.BigInteger",
        };
    }

    /// <summary>The C# enum for a <c>uint8</c> whose internal type names a Solidity enum with known members.</summary>
    private string? EnumName(AbiParam p)
    {
        if (p.Type != "uint8" || p.InternalType is not { } it || !it.StartsWith("enum ", StringComparison.Ordinal))
        {
            return null;
        }
        var canonical = it.Substring("enum ".Length);
        if (!_enums.TryGetValue(canonical, out var members))
        {
            return null;
        }
        var name = canonical.Substring(canonical.LastIndexOf('.') + 1);
        UsedEnums[name] = (canonical, members);
        return name;
    }

    private string StructName(AbiParam p)
    {
        var canonical = p.InternalType is { } it && it.StartsWith("struct ", StringComparison.Ordinal)
            ? it.Substring("struct ".Length)
            : "Tuple" + string.Concat(p.Components.Select(c => Names.Pascal(c.Name)));
        var name = canonical.Substring(canonical.LastIndexOf('.') + 1);
        if (UsedStructs.TryGetValue(name, out var known) && known.Canonical != canonical)
        {
            // Two scopes declare a struct of the same name: qualify this one with its scope.
            name = canonical.Replace(".", "");
        }
        if (!UsedStructs.ContainsKey(name))
        {
            UsedStructs[name] = (canonical, p.Components);
            foreach (var component in p.Components)
            {
                CSharpType(component);
            }
        }
        return name;
    }
}
