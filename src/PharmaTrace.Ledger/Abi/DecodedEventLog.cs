namespace PharmaTrace.Ledger.Abi;

/// <summary>The arguments of one log, decoded by its <see cref="AbiEvent"/>, in declaration order.</summary>
public sealed class DecodedEventLog
{
    internal DecodedEventLog(AbiEvent @event, IReadOnlyList<object> arguments)
    {
        Event = @event;
        Arguments = arguments;
    }

    /// <summary>The event the log was decoded as.</summary>
    public AbiEvent Event { get; }

    /// <summary>The event name.</summary>
    public string Name => Event.Name;

    /// <summary>The arguments in declaration order; indexed dynamic values are <see cref="Primitives.Hash32"/>.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The argument declared with <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">The event has no input of that name.</exception>
    public object this[string name]
    {
        get
        {
            var inputs = Event.Inputs;
            for (var i = 0; i < inputs.Count; i++)
            {
                if (inputs[i].Name == name)
                {
                    return Arguments[i];
                }
            }
            throw new KeyNotFoundException($"The event {Event.Signature} has no input named '{name}'.");
        }
    }

    /// <summary>The event name and its arguments.</summary>
    public override string ToString() => $"{Name}({string.Join(", ", Arguments)})";
}
