using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace PharmaTrace.Ledger.Generators.Emit;

/// <summary>Writes the struct records and enums a contract's ABI uses, and the value equality of every record.</summary>
internal static class RecordEmitter
{
    public static void EmitStructs(StringBuilder sb, TypeMapper types)
    {
        // Emitting a struct can discover nested structs, so walk until no new name appears.
        var done = new HashSet<string>(System.StringComparer.Ordinal);
        while (types.UsedStructs.Keys.FirstOrDefault(k => !done.Contains(k)) is { } name)
        {
            done.Add(name);
            var (canonical, components) = types.UsedStructs[name];
            var members = components.Select((p, i) => (Param: p, Name: Names.Member(p.Name, i), Type: types.CSharpType(p))).ToList();
            sb.AppendLine($"    /// <summary>The Solidity struct <c>{canonical}</c>.</summary>");
            sb.AppendLine($"    public sealed record {name}({string.Join(", ", members.Select(m => m.Type + " " + m.Name))})");
            sb.AppendLine("    {");
            sb.AppendLine("        /// <summary>The tuple value the ABI encoder takes.</summary>");
            sb.AppendLine($"        internal object[] ToAbiValues() => new object[] {{ {string.Join(", ", members.Select(m => types.ToAbi(m.Name, m.Param)))} }};");
            sb.AppendLine();
            sb.AppendLine("        /// <summary>The record from a decoded tuple value.</summary>");
            sb.AppendLine($"        internal static {name} FromAbiValues(object[] values) =>");
            sb.AppendLine($"            new({string.Join(", ", members.Select((m, i) => types.FromAbi($"values[{i}]", m.Param)))});");
            EmitEquality(sb, name, members.Select(m => m.Name));
            sb.AppendLine("    }");
            sb.AppendLine();
        }
    }

    public static void EmitEnums(StringBuilder sb, TypeMapper types)
    {
        foreach (var pair in types.UsedEnums)
        {
            var (canonical, members) = pair.Value;
            // Solidity numbers enum members from 0 in declaration order and encodes them as uint8.
            sb.AppendLine($"    /// <summary>The Solidity enum <c>{canonical}</c> (encoded as <c>uint8</c>).</summary>");
            sb.AppendLine($"    public enum {pair.Key} : byte");
            sb.AppendLine("    {");
            for (var i = 0; i < members.Length; i++)
            {
                var member = SyntaxFacts.GetKeywordKind(members[i]) != SyntaxKind.None ? "@" + members[i] : members[i];
                sb.AppendLine($"        /// <summary><c>{canonical}.{members[i]}</c>.</summary>");
                sb.AppendLine($"        {member} = {i},");
            }
            sb.AppendLine("    }");
            sb.AppendLine();
        }
    }

    /// <summary>Value equality over the members, arrays compared element by element (see ContractValueEquality).</summary>
    public static void EmitEquality(StringBuilder sb, string record, IEnumerable<string> memberNames)
    {
        const string Equality = "global::PharmaTrace.Ledger.Contracts.ContractValueEquality";
        var names = memberNames.ToList();
        sb.AppendLine();
        sb.AppendLine("        /// <summary>Equal when every member is equal, arrays compared element by element.</summary>");
        sb.AppendLine($"        public bool Equals({record}? other) =>");
        sb.AppendLine($"            other is not null && {Equality}.Equal(EqualityMembers(), other.EqualityMembers());");
        sb.AppendLine();
        sb.AppendLine("        /// <inheritdoc/>");
        sb.AppendLine($"        public override int GetHashCode() => {Equality}.Hash(EqualityMembers());");
        sb.AppendLine();
        sb.AppendLine($"        private object?[] EqualityMembers() => [{string.Join(", ", names)}];");
    }
}
