using System.Buffers.Binary;
using System.Text;
using PharmaTrace.Ledger.Abi;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Contracts;

/// <summary>The pieces of the ABI that the generated bindings share: selectors, topics and the checks on them.</summary>
internal static class ContractCodec
{
    /// <summary>The 4-byte selector of a function or error (Contract ABI Specification, "Function Selector").</summary>
    public static byte[] Selector(string signature) => Topic(signature).ToArray()[..4];

    /// <summary>The selector as a big-endian number, for matching revert data.</summary>
    public static uint SelectorValue(string signature) => BinaryPrimitives.ReadUInt32BigEndian(Selector(signature));

    /// <summary>An event's topic 0: the Keccak-256 of its canonical signature (ABI spec, "Events").</summary>
    public static Hash32 Topic(string signature) => Hash32.Keccak(Encoding.ASCII.GetBytes(signature));

    public static byte[] EncodeWithSelector(ReadOnlySpan<byte> selector, IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        var output = new byte[selector.Length + AbiEncoder.GetEncodedLength(types, values)];
        selector.CopyTo(output);
        AbiEncoder.Encode(types, values, output.AsSpan(selector.Length));
        return output;
    }

    public static byte[] EncodeWithSelector(uint selector, IReadOnlyList<AbiType> types, IReadOnlyList<object> values)
    {
        Span<byte> prefix = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(prefix, selector);
        return EncodeWithSelector(prefix, types, values);
    }

    /// <summary>The arguments behind an error's selector; refuses data carrying another selector.</summary>
    /// <exception cref="AbiException">The data is shorter than a selector or starts with another one.</exception>
    public static ReadOnlySpan<byte> ErrorArguments(ReadOnlySpan<byte> revertData, uint selector, string signature)
    {
        if (revertData.Length < 4 || BinaryPrimitives.ReadUInt32BigEndian(revertData) != selector)
        {
            throw new AbiException($"The revert data is not a {signature} error.");
        }
        return revertData[4..];
    }

    /// <summary>Refuses a log whose topic 0 is not the event's or whose topic count differs (indexed parameters plus topic 0).</summary>
    /// <exception cref="AbiException">The log is not of this event.</exception>
    public static void CheckTopics(IReadOnlyList<Hash32> topics, Hash32 topic0, int count, string signature)
    {
        ArgumentNullException.ThrowIfNull(topics);
        if (topics.Count != count || topics[0] != topic0)
        {
            throw new AbiException($"The log is not a {signature} event (topic 0 or the topic count differs).");
        }
    }

    /// <summary>True when the log's topic 0 and topic count are the event's.</summary>
    public static bool Matches(IReadOnlyList<Hash32> topics, Hash32 topic0, int count) =>
        topics.Count == count && topics[0] == topic0;

    /// <summary>Decodes an indexed value-type parameter from its topic (ABI spec, "Events": the topic is its encoding).</summary>
    public static object DecodeTopic(AbiType type, Hash32 topic) => AbiDecoder.Decode([type], topic.ToArray())[0];

    /// <summary>Encodes an indexed value-type parameter as its topic.</summary>
    public static Hash32 EncodeTopic(AbiType type, object value) => new(AbiEncoder.Encode([type], [value]));
}
