using System.Text.Json;
using Json.Schema;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>
/// The official EPCIS 2.0 JSON Schema (shared/standards/epcis), loaded from disk: it has no remote references.
/// Evaluated by JsonSchema.Net because the schema selects its event and document checks with draft-07
/// <c>if</c>/<c>then</c>, which NJsonSchema ignores (a mutated example passed it); formats are enforced.
/// </summary>
internal static class EpcisSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(StandardsDirectory(), "EPCIS-JSON-Schema.json")));

    public static Task<IReadOnlyList<string>> ValidateAsync(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        IReadOnlyList<string> errors = results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Value}"))];
        return Task.FromResult(errors.Count == 0 && !results.IsValid ? ["invalid (no detail)"] : errors);
    }

    public static string StandardsDirectory()
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
