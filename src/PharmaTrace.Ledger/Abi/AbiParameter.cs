namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A named input or output of a function, event or error, as in a JSON ABI (Contract ABI
/// Specification, "JSON"). Tuple types keep their components' names for bindings; names never
/// take part in the encoding.
/// </summary>
public sealed class AbiParameter
{
    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The parameter name; empty when unnamed.</param>
    /// <param name="type">The ABI type.</param>
    /// <param name="indexed">For event inputs: whether the value is a topic rather than in the data.</param>
    /// <param name="components">For a tuple type (or an array of tuples): the named components.</param>
    /// <param name="internalType">The compiler's source-level type (e.g. <c>struct Ledger.Batch</c>), when known.</param>
    public AbiParameter(string name, AbiType type, bool indexed = false,
        IReadOnlyList<AbiParameter>? components = null, string? internalType = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Indexed = indexed;
        Components = components ?? [];
        InternalType = internalType;
    }

    /// <summary>The parameter name; empty when unnamed.</summary>
    public string Name { get; }

    /// <summary>The ABI type.</summary>
    public AbiType Type { get; }

    /// <summary>For event inputs: whether the value is carried in a topic.</summary>
    public bool Indexed { get; }

    /// <summary>The named components of a tuple type (or of the tuples in an array); empty otherwise.</summary>
    public IReadOnlyList<AbiParameter> Components { get; }

    /// <summary>The compiler's source-level type, e.g. <c>struct Ledger.Batch</c>; <see langword="null"/> when absent.</summary>
    public string? InternalType { get; }

    /// <summary>The type, <c>indexed</c> when indexed, and the name, as in a Solidity declaration.</summary>
    public override string ToString() =>
        string.Join(' ', new[] { Type.CanonicalName, Indexed ? "indexed" : "", Name }.Where(s => s.Length > 0));
}
