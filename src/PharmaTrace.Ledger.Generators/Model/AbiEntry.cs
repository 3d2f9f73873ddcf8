using System.Collections.Generic;
using System.Linq;

namespace PharmaTrace.Ledger.Generators.Model;

/// <summary>A function, event, error or constructor of a JSON ABI.</summary>
internal sealed class AbiEntry
{
    public AbiEntry(string kind, string name, string stateMutability, bool anonymous,
        IReadOnlyList<AbiParam> inputs, IReadOnlyList<AbiParam> outputs)
    {
        Kind = kind;
        Name = name;
        StateMutability = stateMutability;
        Anonymous = anonymous;
        Inputs = inputs;
        Outputs = outputs;
    }

    /// <summary><c>function</c>, <c>event</c>, <c>error</c>, <c>constructor</c>, <c>fallback</c> or <c>receive</c>.</summary>
    public string Kind { get; }

    public string Name { get; }

    public string StateMutability { get; }

    public bool Anonymous { get; }

    public IReadOnlyList<AbiParam> Inputs { get; }

    public IReadOnlyList<AbiParam> Outputs { get; }

    /// <summary>The canonical signature (Contract ABI Specification, "Function Selector").</summary>
    public string Signature => Name + "(" + string.Join(",", Inputs.Select(i => i.CanonicalType)) + ")";
}
