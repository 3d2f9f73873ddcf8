using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PharmaTrace.Gs1;

namespace PharmaTrace.Api.Pharmacy.Gs1;

/// <summary>RFC 9457 problems for GS1 codes that do not parse: the field, the AI and the rule that failed.</summary>
public static class Gs1ProblemFactory
{
    /// <summary>The problem type URI of a GS1 code that does not parse.</summary>
    public const string InvalidCodeType = "https://pharmatrace.example/problems/gs1-code-invalid";

    /// <summary>A 400 problem for <paramref name="error"/> in the request field <paramref name="field"/>.</summary>
    public static ProblemHttpResult InvalidCode(Gs1ParseError error, string field)
    {
        ArgumentNullException.ThrowIfNull(error);
        var problem = new ProblemDetails
        {
            Type = InvalidCodeType,
            Title = "The GS1 code is invalid",
            Status = StatusCodes.Status400BadRequest,
            Detail = $"{field}: {error.Message}",
        };
        problem.Extensions["field"] = field;
        problem.Extensions["ai"] = error.Ai;
        problem.Extensions["rule"] = error.Rule;
        problem.Extensions["kind"] = error.Kind.ToString();
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [error.Message] };
        return TypedResults.Problem(problem);
    }

    /// <summary>A 400 problem for a request field that is missing or otherwise unusable.</summary>
    public static ProblemHttpResult InvalidField(string field, string rule)
    {
        var problem = new ProblemDetails
        {
            Type = "https://pharmatrace.example/problems/validation",
            Title = "The request is invalid",
            Status = StatusCodes.Status400BadRequest,
            Detail = $"{field}: {rule}",
        };
        problem.Extensions["field"] = field;
        problem.Extensions["rule"] = rule;
        problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [rule] };
        return TypedResults.Problem(problem);
    }
}
