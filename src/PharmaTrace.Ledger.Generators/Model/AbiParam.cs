using System.Collections.Generic;
using System.Linq;

namespace PharmaTrace.Ledger.Generators.Model;

/// <summary>One input or output of a JSON ABI entry (Contract ABI Specification, "JSON").</summary>
internal sealed class AbiParam
{
    public AbiParam(string name, string type, string? internalType, bool indexed, IReadOnlyList<AbiParam> components)
    {
        Name = name;
        Type = type;
        InternalType = internalType;
        Indexed = indexed;
        Components = components;
    }

    public string Name { get; }

    /// <summary>The JSON type: <c>uint256</c>, <c>tuple</c>, <c>tuple[]</c>, ...</summary>
    public string Type { get; }

    /// <summary>The compiler's source type, e.g. <c>struct IPharmaLedger.PackProof[]</c> or <c>enum IPharmaLedger.Role</c>.</summary>
    public string? InternalType { get; }

    public bool Indexed { get; }

    public IReadOnlyList<AbiParam> Components { get; }

    /// <summary>True for <c>T[]</c> and <c>T[k]</c>.</summary>
    public bool IsArray => Type.EndsWith("]", System.StringComparison.Ordinal);

    /// <summary>The canonical type used in signatures: tuples spelled out as <c>(T1,…,Tn)</c>.</summary>
    public string CanonicalType => Type.StartsWith("tuple", System.StringComparison.Ordinal)
        ? "(" + string.Join(",", Components.Select(c => c.CanonicalType)) + ")" + Type.Substring("tuple".Length)
        : Type;

    /// <summary>The element of an array parameter: the last <c>[…]</c> suffix removed from the type and internal type.</summary>
    public AbiParam Element()
    {
        static string Strip(string text) => text.Substring(0, text.LastIndexOf('['));
        return new AbiParam(Name, Strip(Type), InternalType is { } it && it.EndsWith("]", System.StringComparison.Ordinal) ? Strip(it) : InternalType, false, Components);
    }
}
