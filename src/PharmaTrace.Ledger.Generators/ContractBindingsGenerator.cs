using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PharmaTrace.Ledger.Generators.Emit;

namespace PharmaTrace.Ledger.Generators;

/// <summary>
/// Generates <c>PharmaTrace.Ledger.Contracts.&lt;Contract&gt;</c> from the Hardhat artifacts passed as
/// AdditionalFiles: every <c>artifacts/contracts/**/&lt;Name&gt;.json</c> is a contract, and the
/// <c>artifacts/build-info/&lt;id&gt;.output.json</c> its <c>buildInfoId</c> names gives the enum members.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractBindingsGenerator : IIncrementalGenerator
{
    private static readonly DiagnosticDescriptor ArtifactUnreadable = new(
        "PTG001", "Contract artifact unreadable", "The contract artifact '{0}' could not be turned into bindings: {1}",
        "PharmaTrace.Contracts", DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor BuildInfoMissing = new(
        "PTG002", "Build info missing", "The build info '{0}' of contract '{1}' is not among the AdditionalFiles, so its enums stay uint8 (byte)",
        "PharmaTrace.Contracts", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var artifacts = context.AdditionalTextsProvider
            .Where(t => IsArtifact(t.Path))
            .Select((t, ct) => (Path: t.Path, Text: t.GetText(ct)?.ToString() ?? ""));
        // Only the enum table of each build info is kept, as a string, so that unchanged build infos compare equal between runs.
        var enumTables = context.AdditionalTextsProvider
            .Where(t => Normalize(t.Path).Contains("/build-info/") && t.Path.EndsWith(".output.json", StringComparison.OrdinalIgnoreCase))
            .Select((t, ct) => BuildInfoReader.ReadEnums(t.GetText(ct)?.ToString() ?? ""))
            .Collect();
        context.RegisterSourceOutput(artifacts.Combine(enumTables), (spc, input) => Generate(spc, input.Left.Path, input.Left.Text, input.Right));
    }

    private static void Generate(SourceProductionContext context, string path, string text, IEnumerable<string> enumTables)
    {
        try
        {
            var contract = ArtifactReader.Read(text);
            if (contract is null)
            {
                return;
            }
            var table = enumTables.Select(BuildInfoReader.Parse).FirstOrDefault(b => b.Id == contract.BuildInfoId);
            if (table.Id is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(BuildInfoMissing, Location.None, contract.BuildInfoId, contract.ContractName));
            }
            var source = ContractEmitter.Emit(contract, table.Enums ?? new Dictionary<string, string[]>());
            context.AddSource(Names.Pascal(contract.ContractName) + ".g.cs", SourceText.From(source, Encoding.UTF8));
        }
        catch (Exception e) when (e is FormatException or NotSupportedException or ArgumentException or InvalidCastException)
        {
            context.ReportDiagnostic(Diagnostic.Create(ArtifactUnreadable, Location.None, path, e.Message));
        }
    }

    /// <summary>Contract artifacts: JSON under <c>artifacts/contracts/</c>, not Hardhat's <c>.dbg.json</c> debug files.</summary>
    private static bool IsArtifact(string path)
    {
        var normalized = Normalize(path);
        return normalized.Contains("/contracts/") && normalized.Contains("/artifacts/")
            && normalized.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            && !normalized.EndsWith(".dbg.json", StringComparison.OrdinalIgnoreCase)
            && !normalized.Contains("/build-info/");
    }

    private static string Normalize(string path) => path.Replace(Path.DirectorySeparatorChar, '/').Replace('\\', '/');
}
