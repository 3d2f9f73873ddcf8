using System.Text.Json;
using Json.Schema;

namespace PharmaTrace.Api.Tests.Journey;

/// <summary>
/// The EPCIS 2.0 JSON Schema from shared/standards/epcis, evaluated by JsonSchema.Net (the schema picks its
/// checks with draft-07 if/then, which NJsonSchema ignores), formats enforced. Same rules as the indexer's
/// tests/PharmaTrace.Indexer.Tests/Epcis/EpcisSchemaValidator.cs.
/// </summary>
internal static class EpcisSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(StandardsDirectory(), "EPCIS-JSON-Schema.json")));

    /// <summary>The schema violations of <paramref name="json"/>; empty when it validates.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Value}")).ToList();
        return errors.Count == 0 ? ["invalid (no detail)"] : errors;
    }

    private static string StandardsDirectory()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "standards", "epcis");
            if (File.Exists(Path.Combine(candidate, "EPCIS-JSON-Schema.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/standards/epcis not found above the test directory.");
    }
}
