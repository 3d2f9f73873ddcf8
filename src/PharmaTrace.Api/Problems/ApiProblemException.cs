namespace PharmaTrace.Api.Problems;

/// <summary>A refusal with its HTTP status, title and detail, turned into problem+json by <see cref="ApiExceptionHandler"/>.</summary>
public sealed class ApiProblemException(int status, string title, string detail) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}
