using System.Linq;
using System.Text;
using PharmaTrace.Ledger.Generators.Model;

namespace PharmaTrace.Ledger.Generators.Emit;

/// <summary>Writes one record per event, and the contract's <c>TryDecodeEvent</c> that picks the record by topic 0.</summary>
internal static class EventEmitter
{
    private const string Hash32 = "global::PharmaTrace.Ledger.Primitives.Hash32";
    private const string Topics = "global::System.Collections.Generic.IReadOnlyList<" + Hash32 + ">";
    private const string AbiType = "global::PharmaTrace.Ledger.Abi.AbiType";

    public static void Emit(StringBuilder sb, ContractArtifact c, TypeMapper types)
    {
        // Anonymous events have no topic 0 to recognise them by, so they get no binding.
        var events = c.Entries.Where(e => e.Kind == "event" && !e.Anonymous).ToList();
        sb.AppendLine("    /// <summary>The canonical signatures of the contract's events, in ABI order.</summary>");
        sb.AppendLine($"    public static global::System.Collections.Generic.IReadOnlyList<string> EventSignatures {{ get; }} = [{string.Join(", ", events.Select(e => Names.Literal(e.Signature)))}];");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Decodes a log of this contract into its event record (e.g. <c>ShipmentDispatchedEvent</c>), chosen by topic 0.</summary>");
        sb.AppendLine("    /// <returns>False when no event of the contract has the log's topic 0 and topic count.</returns>");
        sb.AppendLine("    /// <exception cref=\"global::PharmaTrace.Ledger.Abi.AbiException\">The topics match an event but the data is not its strict encoding.</exception>");
        sb.AppendLine($"    public static bool TryDecodeEvent({Topics} topics, global::System.ReadOnlySpan<byte> data, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out object? evt)");
        sb.AppendLine("    {");
        sb.AppendLine("        global::System.ArgumentNullException.ThrowIfNull(topics);");
        sb.AppendLine("        evt = null;");
        sb.AppendLine("        if (topics.Count == 0)");
        sb.AppendLine("        {");
        sb.AppendLine("            return false;");
        sb.AppendLine("        }");
        foreach (var e in events)
        {
            var record = RecordName(e);
            sb.AppendLine($"        if ({ContractEmitter.CodecType}.Matches(topics, {record}.EventTopic, {1 + e.Inputs.Count(p => p.Indexed)}))");
            sb.AppendLine("        {");
            sb.AppendLine($"            evt = {record}.Decode(topics, data);");
            sb.AppendLine("            return true;");
            sb.AppendLine("        }");
        }
        sb.AppendLine("        return false;");
        sb.AppendLine("    }");
        sb.AppendLine();
        foreach (var e in events)
        {
            EmitRecord(sb, e, types);
        }
    }

    private static string RecordName(AbiEntry e) => Names.Pascal(e.Name) + "Event";

    /// <summary>Indexed strings, bytes, arrays and structs are stored as the Keccak-256 of their encoding (ABI spec, "Events"), so the record holds that hash.</summary>
    private static bool IsHashedTopic(AbiParam p) =>
        p.Indexed && (p.IsArray || p.Type is "string" or "bytes" or "tuple");

    private static void EmitRecord(StringBuilder sb, AbiEntry e, TypeMapper types)
    {
        var record = RecordName(e);
        var members = e.Inputs.Select((p, i) => (Param: p, Name: Names.Member(p.Name, i), Type: IsHashedTopic(p) ? Hash32 : types.CSharpType(p))).ToList();
        var data = members.Where(m => !m.Param.Indexed).ToList();
        var indexed = members.Where(m => m.Param.Indexed).ToList();
        sb.AppendLine($"    /// <summary>The event <c>{e.Signature}</c>.</summary>");
        sb.AppendLine($"    public sealed record {record}({string.Join(", ", members.Select(m => m.Type + " " + m.Name))})");
        sb.AppendLine("    {");
        sb.AppendLine("        /// <summary>The canonical signature.</summary>");
        sb.AppendLine($"        public const string EventSignature = {Names.Literal(e.Signature)};");
        sb.AppendLine();
        sb.AppendLine("        private static readonly " + AbiType + "[] DataTypes = [" + ContractEmitter.TypeList(data.Select(m => m.Param)) + "];");
        sb.AppendLine("        private static readonly " + AbiType + "[] TopicTypes = [" + ContractEmitter.TypeList(indexed.Select(m => m.Param)) + "];");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>Topic 0 of its logs: the Keccak-256 of <see cref=\"EventSignature\"/>.</summary>");
        sb.AppendLine($"        public static {Hash32} EventTopic {{ get; }} = {ContractEmitter.CodecType}.Topic(EventSignature);");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>Decodes a log of this event from its topics and data.</summary>");
        sb.AppendLine("        /// <exception cref=\"global::PharmaTrace.Ledger.Abi.AbiException\">Topic 0 or the topic count is not this event's, or a value is not strictly encoded.</exception>");
        sb.AppendLine($"        public static {record} Decode({Topics} topics, global::System.ReadOnlySpan<byte> data)");
        sb.AppendLine("        {");
        sb.AppendLine($"            {ContractEmitter.CodecType}.CheckTopics(topics, EventTopic, {indexed.Count + 1}, EventSignature);");
        sb.AppendLine("            var values = global::PharmaTrace.Ledger.Abi.AbiDecoder.Decode(DataTypes, data);");
        var args = members.Select(m =>
        {
            if (m.Param.Indexed)
            {
                var t = indexed.IndexOf(m);
                return IsHashedTopic(m.Param)
                    ? $"topics[{t + 1}]"
                    : types.FromAbi($"{ContractEmitter.CodecType}.DecodeTopic(TopicTypes[{t}], topics[{t + 1}])", m.Param);
            }
            return types.FromAbi($"values[{data.IndexOf(m)}]", m.Param);
        });
        sb.AppendLine($"            return new {record}({string.Join(", ", args)});");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>The log this event makes: topics (topic 0 first) and data. For tests and fakes of the chain.</summary>");
        sb.AppendLine($"        public ({Hash32}[] Topics, byte[] Data) Encode()");
        sb.AppendLine("        {");
        var topics = indexed.Select((m, t) => IsHashedTopic(m.Param)
            ? m.Name
            : $"{ContractEmitter.CodecType}.EncodeTopic(TopicTypes[{t}], {types.ToAbi(m.Name, m.Param)})");
        sb.AppendLine($"            {Hash32}[] topics = [EventTopic{string.Concat(topics.Select(t => ", " + t))}];");
        sb.AppendLine($"            return (topics, global::PharmaTrace.Ledger.Abi.AbiEncoder.Encode(DataTypes, new object[] {{ {string.Join(", ", data.Select(m => types.ToAbi(m.Name, m.Param)))} }}));");
        sb.AppendLine("        }");
        RecordEmitter.EmitEquality(sb, record, members.Select(m => m.Name));
        sb.AppendLine("    }");
        sb.AppendLine();
    }
}
