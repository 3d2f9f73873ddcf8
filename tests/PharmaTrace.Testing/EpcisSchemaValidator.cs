using System.Text.Json;
using Json.Schema;

namespace PharmaTrace.Testing;

/// <summary>
/// The official EPCIS 2.0 JSON Schema (the repository's standards/epcis, a copy of GS1's files), loaded from disk: it has no remote references.
/// Evaluated by JsonSchema.Net because the schema selects its event and document checks with draft-07
/// <c>if</c>/<c>then</c>, which NJsonSchema ignores (a mutated example passed it); formats are enforced.
/// </summary>
public static class EpcisSchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(StandardsDirectory(), "EPCIS-JSON-Schema.json")));

    /// <summary>The schema violations of <paramref name="json"/>, each with where it is; empty when it validates.</summary>
    public static IReadOnlyList<string> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
        {
            return [];
        }

        var errors = (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {d.EvaluationPath}: {e.Value}")).ToList();
        return errors.Count == 0 ? ["invalid (no detail)"] : errors;
    }

    /// <summary>The repository's standards/epcis (GS1's EPCIS 2.0 files, kept in the repository so any clone can test against them).</summary>
    public static string StandardsDirectory()
    {
        var candidate = Path.Combine(AnvilBinary.FindRepositoryRoot(), "standards", "epcis");
        return File.Exists(Path.Combine(candidate, "EPCIS-JSON-Schema.json"))
            ? candidate
            : throw new DirectoryNotFoundException($"{candidate} holds no EPCIS-JSON-Schema.json.");
    }
}
