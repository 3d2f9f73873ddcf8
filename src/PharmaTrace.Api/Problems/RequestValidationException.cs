namespace PharmaTrace.Api.Problems;

/// <summary>
/// Input that breaks a rule: each entry names the field (JSON name or header) and the rule it
/// breaks. Answered as a 400 problem with an <c>errors</c> member (RFC 9457 section 3.2 extension,
/// the same shape as ASP.NET Core's ValidationProblemDetails).
/// </summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is invalid: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
