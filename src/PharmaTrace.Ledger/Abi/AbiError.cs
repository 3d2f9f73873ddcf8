namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A Solidity error: revert data is its 4-byte selector followed by its arguments encoded like a
/// function call's (Contract ABI Specification, "Errors").
/// </summary>
public sealed class AbiError
{
    private readonly byte[] _selector;
    private readonly AbiType[] _types;

    /// <summary>Creates an error from its name and parameters.</summary>
    public AbiError(string name, IReadOnlyList<AbiParameter> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Name = AbiSignature.CheckName(name);
        Inputs = inputs;
        Signature = AbiSignature.Build(name, inputs);
        _selector = AbiSignature.Selector(Signature);
        _types = AbiSignature.Types(inputs);
    }

    /// <summary><c>Error(string)</c>, raised by <c>require(condition, "reason")</c> and <c>revert("reason")</c>.</summary>
    public static AbiError BuiltInError { get; } = new("Error", [new AbiParameter("message", AbiType.Utf8String)]);

    /// <summary><c>Panic(uint256)</c>, raised by failing assertions and checked arithmetic (see <see cref="PanicCodes"/>).</summary>
    public static AbiError BuiltInPanic { get; } = new("Panic", [new AbiParameter("code", AbiType.UInt256)]);

    /// <summary>The error name.</summary>
    public string Name { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>The canonical signature, e.g. <c>InsufficientBalance(uint256,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>The first 4 bytes of the Keccak-256 of <see cref="Signature"/>.</summary>
    public ReadOnlyMemory<byte> Selector => _selector;

    /// <summary>Creates an error from a signature such as <c>InsufficientBalance(uint256,uint256)</c>.</summary>
    public static AbiError Parse(string signature)
    {
        var (name, inputs) = AbiSignature.Parse(signature);
        return new AbiError(name, inputs);
    }

    /// <summary>True when <paramref name="revertData"/> starts with this error's selector.</summary>
    public bool Matches(ReadOnlySpan<byte> revertData) => revertData.Length >= 4 && revertData[..4].SequenceEqual(_selector);

    /// <summary>The revert data of this error with <paramref name="arguments"/>.</summary>
    public byte[] Encode(params IReadOnlyList<object> arguments) => AbiEncoder.EncodeWithPrefix(_selector, _types, arguments);

    /// <summary>Decodes the arguments of revert data that starts with this error's selector.</summary>
    /// <exception cref="AbiException">The selector differs or the arguments are malformed.</exception>
    public object[] DecodeArguments(ReadOnlySpan<byte> revertData)
    {
        if (!Matches(revertData))
        {
            throw new AbiException($"The revert data does not start with the selector of {Signature}.");
        }
        return AbiDecoder.Decode(_types, revertData[4..]);
    }

    /// <summary>The canonical signature.</summary>
    public override string ToString() => Signature;
}
