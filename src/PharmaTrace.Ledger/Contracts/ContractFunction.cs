using PharmaTrace.Ledger.Abi;

namespace PharmaTrace.Ledger.Contracts;

/// <summary>
/// One function of a contract ABI: its canonical signature, its 4-byte selector (Contract ABI
/// Specification, "Function Selector") and its input and output types. The generated bindings hold
/// one per function and encode calldata and decode return data through it.
/// </summary>
public sealed class ContractFunction
{
    private readonly AbiType[] _inputs;
    private readonly AbiType[] _outputs;
    private readonly byte[] _selector;

    /// <summary>Creates a function from its name, state mutability and canonical input and output types.</summary>
    /// <exception cref="AbiException">A type string is not a valid ABI type.</exception>
    public ContractFunction(string name, string stateMutability, IReadOnlyList<string> inputTypes, IReadOnlyList<string> outputTypes)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(stateMutability);
        ArgumentNullException.ThrowIfNull(inputTypes);
        ArgumentNullException.ThrowIfNull(outputTypes);
        Name = name;
        StateMutability = stateMutability;
        _inputs = inputTypes.Select(AbiType.Parse).ToArray();
        _outputs = outputTypes.Select(AbiType.Parse).ToArray();
        Signature = $"{name}({string.Join(',', _inputs.Select(t => t.CanonicalName))})";
        _selector = ContractCodec.Selector(Signature);
    }

    /// <summary>The Solidity name.</summary>
    public string Name { get; }

    /// <summary><c>pure</c>, <c>view</c>, <c>nonpayable</c> or <c>payable</c>.</summary>
    public string StateMutability { get; }

    /// <summary>True for <c>view</c> and <c>pure</c> functions, which are read with <c>eth_call</c> rather than sent.</summary>
    public bool IsReadOnly => StateMutability is "view" or "pure";

    /// <summary>The canonical signature, e.g. <c>dispatch(bytes32,address,uint64,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of the Keccak-256 of <see cref="Signature"/>.</summary>
    public ReadOnlySpan<byte> Selector => _selector;

    /// <summary>The input types.</summary>
    public IReadOnlyList<AbiType> InputTypes => _inputs;

    /// <summary>The output types.</summary>
    public IReadOnlyList<AbiType> OutputTypes => _outputs;

    /// <summary>Calldata: the selector followed by the ABI encoding of <paramref name="arguments"/>.</summary>
    /// <exception cref="AbiException">An argument does not fit its type.</exception>
    public byte[] EncodeCall(IReadOnlyList<object> arguments) => ContractCodec.EncodeWithSelector(_selector, _inputs, arguments);

    /// <summary>Decodes the return data of a call (the result of <c>eth_call</c>).</summary>
    /// <exception cref="AbiException">The data is not a strict encoding of the outputs.</exception>
    public object[] DecodeOutput(ReadOnlySpan<byte> returnData) => AbiDecoder.Decode(_outputs, returnData);

    /// <summary>The signature.</summary>
    public override string ToString() => Signature;
}
