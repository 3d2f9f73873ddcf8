using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A Solidity event and the decoding of its logs (Contract ABI Specification, "Events"): topic 0 is
/// the Keccak-256 of the signature (absent for anonymous events), the indexed arguments follow as
/// topics, and the others are the log data, encoded as a tuple. An indexed argument of a dynamic or
/// composite type (<c>bytes</c>, <c>string</c>, arrays, tuples) is only the hash of its encoding, so
/// it decodes to a <see cref="Hash32"/>.
/// </summary>
public sealed class AbiEvent
{
    private readonly AbiType[] _dataTypes;
    private readonly int _indexedCount;

    /// <summary>Creates an event from its name and inputs (with <see cref="AbiParameter.Indexed"/> set on topics).</summary>
    public AbiEvent(string name, IReadOnlyList<AbiParameter> inputs, bool anonymous = false)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        Name = AbiSignature.CheckName(name);
        Inputs = inputs;
        Anonymous = anonymous;
        Signature = AbiSignature.Build(name, inputs);
        Topic0 = AbiSignature.Hash(Signature);
        var dataTypes = new List<AbiType>();
        foreach (var input in inputs)
        {
            if (input.Indexed)
            {
                _indexedCount++;
            }
            else
            {
                dataTypes.Add(input.Type);
            }
        }
        // The EVM's LOG opcodes take at most four topics, and topic 0 is the signature unless anonymous.
        if (_indexedCount > (anonymous ? 4 : 3))
        {
            throw new AbiException($"The event {Signature} has {_indexedCount} indexed inputs; at most {(anonymous ? 4 : 3)} fit in a log.");
        }
        _dataTypes = [.. dataTypes];
    }

    /// <summary>The event name.</summary>
    public string Name { get; }

    /// <summary>The inputs in declaration order.</summary>
    public IReadOnlyList<AbiParameter> Inputs { get; }

    /// <summary>True when the log carries no signature topic.</summary>
    public bool Anonymous { get; }

    /// <summary>The canonical signature, e.g. <c>Transfer(address,address,uint256)</c>.</summary>
    public string Signature { get; }

    /// <summary>The Keccak-256 of <see cref="Signature"/>: the first topic of a non-anonymous event's logs.</summary>
    public Hash32 Topic0 { get; }

    /// <summary>True when <paramref name="topics"/> start with this event's topic 0 and have its topic count.</summary>
    public bool Matches(IReadOnlyList<Hash32> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        return topics.Count == _indexedCount + (Anonymous ? 0 : 1) && (Anonymous || topics[0] == Topic0);
    }

    /// <summary>Decodes a log of this event into its arguments, in declaration order.</summary>
    /// <exception cref="AbiException">The topics do not belong to this event, or a value is malformed.</exception>
    public DecodedEventLog DecodeLog(IReadOnlyList<Hash32> topics, ReadOnlySpan<byte> data)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (!Matches(topics))
        {
            throw new AbiException(
                $"The log (topic 0 {(topics.Count > 0 ? topics[0].ToString() : "none")}, {topics.Count} topics) is not the event {Signature}.");
        }
        var dataValues = AbiDecoder.Decode(_dataTypes, data);
        var arguments = new object[Inputs.Count];
        var topic = Anonymous ? 0 : 1;
        var dataIndex = 0;
        Span<byte> word = stackalloc byte[Hash32.Size];
        for (var i = 0; i < arguments.Length; i++)
        {
            var input = Inputs[i];
            if (!input.Indexed)
            {
                arguments[i] = dataValues[dataIndex++];
                continue;
            }
            var hash = topics[topic++];
            if (AbiTopicEncoder.IsHashed(input.Type))
            {
                arguments[i] = hash;
                continue;
            }
            hash.CopyTo(word);
            arguments[i] = AbiDecoder.DecodeWord(input.Type, word);
        }
        return new DecodedEventLog(this, arguments);
    }

    /// <summary>
    /// The topic an indexed argument of <paramref name="type"/> holding <paramref name="value"/> has,
    /// for filtering logs: the value's word for value types, otherwise the Keccak-256 of its indexed
    /// encoding (Contract ABI Specification, "Encoding of Indexed Event Parameters").
    /// </summary>
    public static Hash32 EncodeTopic(AbiType type, object value) => AbiTopicEncoder.Encode(type, value);

    /// <summary>The canonical signature.</summary>
    public override string ToString() => Signature;
}
