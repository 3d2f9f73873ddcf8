using System.Linq;
using System.Text;
using PharmaTrace.Ledger.Generators.Model;

namespace PharmaTrace.Ledger.Generators.Emit;

/// <summary>Writes one record per custom error, and the contract's <c>TryDecodeError</c> that picks the record by selector.</summary>
internal static class ErrorEmitter
{
    private const string AbiType = "global::PharmaTrace.Ledger.Abi.AbiType";
    private const string ContractError = "global::PharmaTrace.Ledger.Contracts.ContractError";

    public static void Emit(StringBuilder sb, ContractArtifact c, TypeMapper types)
    {
        var errors = c.Entries.Where(e => e.Kind == "error").ToList();
        sb.AppendLine("    /// <summary>The canonical signatures of the contract's custom errors, in ABI order.</summary>");
        sb.AppendLine($"    public static global::System.Collections.Generic.IReadOnlyList<string> ErrorSignatures {{ get; }} = [{string.Join(", ", errors.Select(e => Names.Literal(e.Signature)))}];");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Decodes revert data into the custom error of this contract with its selector (its name, arguments and typed record).</summary>");
        sb.AppendLine("    /// <returns>False when the data is shorter than a selector or no error of this contract has its selector (e.g. <c>Error(string)</c>, <c>Panic(uint256)</c>).</returns>");
        sb.AppendLine("    /// <exception cref=\"global::PharmaTrace.Ledger.Abi.AbiException\">The selector matches an error but the arguments are not its strict encoding.</exception>");
        sb.AppendLine($"    public static bool TryDecodeError(global::System.ReadOnlySpan<byte> revertData, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {ContractError}? error)");
        sb.AppendLine("    {");
        sb.AppendLine("        error = null;");
        sb.AppendLine("        if (revertData.Length < 4)");
        sb.AppendLine("        {");
        sb.AppendLine("            return false;");
        sb.AppendLine("        }");
        sb.AppendLine("        var selector = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(revertData);");
        foreach (var e in errors)
        {
            var record = RecordName(e);
            sb.AppendLine($"        if (selector == {record}.ErrorSelector)");
            sb.AppendLine("        {");
            sb.AppendLine($"            error = {record}.Decode(revertData).ToContractError();");
            sb.AppendLine("            return true;");
            sb.AppendLine("        }");
        }
        sb.AppendLine("        return false;");
        sb.AppendLine("    }");
        sb.AppendLine();
        foreach (var e in errors)
        {
            EmitRecord(sb, e, types);
        }
    }

    private static string RecordName(AbiEntry e) => Names.Pascal(e.Name) + "Error";

    private static void EmitRecord(StringBuilder sb, AbiEntry e, TypeMapper types)
    {
        var record = RecordName(e);
        var members = e.Inputs.Select((p, i) => (Param: p, Name: Names.Member(p.Name, i), Type: types.CSharpType(p))).ToList();
        sb.AppendLine($"    /// <summary>The custom error <c>{e.Signature}</c>.</summary>");
        sb.AppendLine($"    public sealed record {record}({string.Join(", ", members.Select(m => m.Type + " " + m.Name))})");
        sb.AppendLine("    {");
        sb.AppendLine("        /// <summary>The Solidity name.</summary>");
        sb.AppendLine($"        public const string ErrorName = {Names.Literal(e.Name)};");
        sb.AppendLine("        /// <summary>The canonical signature.</summary>");
        sb.AppendLine($"        public const string ErrorSignature = {Names.Literal(e.Signature)};");
        sb.AppendLine();
        sb.AppendLine($"        private static readonly {AbiType}[] Types = [{ContractEmitter.TypeList(e.Inputs)}];");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>The selector, big-endian: the first 4 bytes of the Keccak-256 of <see cref=\"ErrorSignature\"/>.</summary>");
        sb.AppendLine($"        public static uint ErrorSelector {{ get; }} = {ContractEmitter.CodecType}.SelectorValue(ErrorSignature);");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>Decodes revert data (selector and arguments) of this error.</summary>");
        sb.AppendLine("        /// <exception cref=\"global::PharmaTrace.Ledger.Abi.AbiException\">The data has another selector or is not strictly encoded.</exception>");
        sb.AppendLine($"        public static {record} Decode(global::System.ReadOnlySpan<byte> revertData)");
        sb.AppendLine("        {");
        sb.AppendLine($"            var values = global::PharmaTrace.Ledger.Abi.AbiDecoder.Decode(Types, {ContractEmitter.CodecType}.ErrorArguments(revertData, ErrorSelector, ErrorSignature));");
        sb.AppendLine($"            return new {record}({string.Join(", ", members.Select((m, i) => types.FromAbi($"values[{i}]", m.Param)))});");
        sb.AppendLine("        }");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>The revert data of this error: selector and arguments.</summary>");
        sb.AppendLine($"        public byte[] Encode() => {ContractEmitter.CodecType}.EncodeWithSelector(ErrorSelector, Types, new object[] {{ {string.Join(", ", members.Select(m => types.ToAbi(m.Name, m.Param)))} }});");
        sb.AppendLine();
        sb.AppendLine("        /// <summary>The error's name, signature and named arguments, with this record as its value.</summary>");
        sb.AppendLine($"        public {ContractError} ToContractError() => new(ErrorName, ErrorSignature,");
        sb.AppendLine($"            [{string.Join(", ", members.Select(m => $"new({Names.Literal(m.Param.Name)}, {Names.Literal(m.Param.CanonicalType)}, {m.Name})"))}], this);");
        RecordEmitter.EmitEquality(sb, record, members.Select(m => m.Name));
        sb.AppendLine("    }");
        sb.AppendLine();
    }
}
