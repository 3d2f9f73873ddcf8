namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A contract function: its canonical signature, 4-byte selector, and the encoding of its calls
/// and return values (Contract ABI Specification, "Function Selector and Argument Encoding").
/// </summary>
public sealed class AbiFunction
{
    private readonly byte[] _selector;
    private readonly AbiType[] _inputTypes;
    private readonly AbiType[] _outputTypes;

    /// <summary>Creates a function from its name and parameters.</summary>
    /// <param name="name">A Solidity identifier.</param>
    /// <param name="inputs">The parameters, in order.</param>
    /// <param name="outputs">The return values, in order; none when omitted.</param>
    /// <param name="stateMutability"><c>pure</c>, <c>view</c>, <c>nonpayable</c> or <c>payable</c>.</param>
    public AbiFunction(string name, IReadOnlyList<AbiParameter> inputs, IReadOnlyList<AbiParameter>? outputs = null,
        string stateMutability = "nonpayable")
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Name = AbiSignature.CheckName(name);
        Inputs = inputs;
        Outputs = outputs ?? [];
        StateMutability = stateMutability is "pure" or "view" or "nonpayable" or "payable"
            ? stateMutability
            : throw new AbiException($"'{stateMutability}' is not a state mutability (pure, view, nonpayable, payable).");
        Signature = AbiSignature.Build(name, inputs);
        _selector = AbiSignature.Selector(Signature);
        _inputTypes = AbiSignature.Types(inputs);
        _outputTypes = AbiSignature.Types(Outputs);
    }

    /// <summary>The function name.</summary>
    public string Name { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>The return values.</summary>
    public IReadOnlyList<AbiParameter> Outputs { get; }

    /// <summary><c>pure</c>, <c>view</c>, <c>nonpayable</c> or <c>payable</c>.</summary>
    public string StateMutability { get; }

    /// <summary>True for <c>pure</c> and <c>view</c> functions, which are called rather than sent.</summary>
    public bool IsReadOnly => StateMutability is "pure" or "view";

    /// <summary>The canonical signature, e.g. <c>transfer(address,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of the Keccak-256 of <see cref="Signature"/>.</summary>
    public ReadOnlyMemory<byte> Selector => _selector;

    /// <summary>Creates a function from a signature such as <c>baz(uint32,bool)</c>, with unnamed inputs and no outputs.</summary>
    public static AbiFunction Parse(string signature)
    {
        var (name, inputs) = AbiSignature.Parse(signature);
        return new AbiFunction(name, inputs);
    }

    /// <summary>The call data: the selector, then the arguments encoded as a tuple.</summary>
    public byte[] EncodeCall(params IReadOnlyList<object> arguments) =>
        AbiEncoder.EncodeWithPrefix(_selector, _inputTypes, arguments);

    /// <summary>Decodes the arguments of call data that starts with this function's selector.</summary>
    /// <exception cref="AbiException">The selector differs or the arguments are malformed.</exception>
    public object[] DecodeCall(ReadOnlySpan<byte> callData)
    {
        if (callData.Length < 4 || !callData[..4].SequenceEqual(_selector))
        {
            throw new AbiException($"The call data does not start with the selector of {Signature}.");
        }
        return AbiDecoder.Decode(_inputTypes, callData[4..]);
    }

    /// <summary>Encodes return values as a tuple, as the function would return them.</summary>
    public byte[] EncodeOutput(params IReadOnlyList<object> values) => AbiEncoder.Encode(_outputTypes, values);

    /// <summary>Decodes the data returned by a call of this function.</summary>
    public object[] DecodeOutput(ReadOnlySpan<byte> returnData) => AbiDecoder.Decode(_outputTypes, returnData);

    /// <summary>The canonical signature.</summary>
    public override string ToString() => Signature;
}
