using System.Buffers.Binary;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A contract's interface: its functions, events and errors, looked up by name, signature, selector
/// or topic. Read one from a JSON ABI or a Hardhat artifact with <see cref="AbiJsonParser"/>.
/// </summary>
public sealed class ContractAbi
{
    private readonly Dictionary<uint, AbiFunction> _functionsBySelector = [];
    private readonly Dictionary<Hash32, AbiEvent> _eventsByTopic = [];

    /// <summary>Creates an interface from its members.</summary>
    public ContractAbi(IReadOnlyList<AbiFunction> functions, IReadOnlyList<AbiEvent> events, IReadOnlyList<AbiError> errors,
        IReadOnlyList<AbiParameter>? constructorInputs = null)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(errors);
        Functions = functions;
        Events = events;
        Errors = errors;
        ConstructorInputs = constructorInputs ?? [];
        foreach (var function in functions)
        {
            if (!_functionsBySelector.TryAdd(BinaryPrimitives.ReadUInt32BigEndian(function.Selector.Span), function))
            {
                throw new AbiException($"The functions {_functionsBySelector[BinaryPrimitives.ReadUInt32BigEndian(function.Selector.Span)]} and {function} have the same selector.");
            }
        }
        foreach (var @event in events)
        {
            // Anonymous events have no topic 0 to be found by.
            if (!@event.Anonymous)
            {
                _eventsByTopic.TryAdd(@event.Topic0, @event);
            }
        }
    }

    /// <summary>The functions.</summary>
    public IReadOnlyList<AbiFunction> Functions { get; }

    /// <summary>The events.</summary>
    public IReadOnlyList<AbiEvent> Events { get; }

    /// <summary>The custom errors. The ABI may list one error more than once (spec, "JSON").</summary>
    public IReadOnlyList<AbiError> Errors { get; }

    /// <summary>The constructor's parameters; empty when it has none.</summary>
    public IReadOnlyList<AbiParameter> ConstructorInputs { get; }

    /// <summary>The function named or signed <paramref name="nameOrSignature"/> (<c>transfer</c> or <c>transfer(address,uint256)</c>).</summary>
    /// <exception cref="KeyNotFoundException">No such function, or the name is overloaded.</exception>
    public AbiFunction GetFunction(string nameOrSignature) =>
        Find(Functions, nameOrSignature, f => f.Name, f => f.Signature, "function");

    /// <summary>The event named or signed <paramref name="nameOrSignature"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such event, or the name is overloaded.</exception>
    public AbiEvent GetEvent(string nameOrSignature) =>
        Find(Events, nameOrSignature, e => e.Name, e => e.Signature, "event");

    /// <summary>The error named or signed <paramref name="nameOrSignature"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such error, or the name is overloaded.</exception>
    public AbiError GetError(string nameOrSignature) =>
        Find(Errors, nameOrSignature, e => e.Name, e => e.Signature, "error");

    /// <summary>The function whose selector starts <paramref name="callData"/>; <see langword="null"/> if none.</summary>
    public AbiFunction? FindFunction(ReadOnlySpan<byte> callData) =>
        callData.Length >= 4 && _functionsBySelector.TryGetValue(BinaryPrimitives.ReadUInt32BigEndian(callData), out var function)
            ? function
            : null;

    /// <summary>The non-anonymous event whose topic 0 is <paramref name="topic0"/>; <see langword="null"/> if none.</summary>
    public AbiEvent? FindEvent(Hash32 topic0) => _eventsByTopic.GetValueOrDefault(topic0);

    /// <summary>Decodes a log of one of this contract's non-anonymous events; <see langword="null"/> when topic 0 is unknown.</summary>
    /// <exception cref="AbiException">The event is known but the log does not decode as it.</exception>
    public DecodedEventLog? DecodeLog(IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return topics.Count > 0 && FindEvent(topics[0]) is { } @event ? @event.DecodeLog(topics, data) : null;
    }

    /// <summary>Decodes revert data as <c>Error(string)</c>, <c>Panic(uint256)</c> or one of <see cref="Errors"/>.</summary>
    public RevertReason DecodeRevert(ReadOnlyMemory<byte> data) => RevertDecoder.Decode(data, Errors);

    private static T Find<T>(IReadOnlyList<T> items, string key, Func<T, string> name, Func<T, string> signature, string what)
    {
        ArgumentNullException.ThrowIfNull(key);
        var bySignature = key.Contains('(', StringComparison.Ordinal);
        T? found = default;
        var count = 0;
        foreach (var item in items)
        {
            if ((bySignature ? signature(item) : name(item)) == key && count++ == 0)
            {
                found = item;
            }
        }
        // Errors may be listed twice with one signature; a name shared by different signatures is an overload.
        return count switch
        {
            0 => throw new KeyNotFoundException($"The contract has no {what} '{key}'."),
            _ when count == 1 || bySignature => found!,
            _ => throw new KeyNotFoundException($"The {what} name '{key}' is overloaded; use its signature."),
        };
    }
}
