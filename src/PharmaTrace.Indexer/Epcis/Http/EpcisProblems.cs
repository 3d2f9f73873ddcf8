using Microsoft.AspNetCore.Http;
using PharmaTrace.Indexer.Epcis.Query;

namespace PharmaTrace.Indexer.Epcis.Http;

/// <summary>The binding's problem types (openapi.yaml 400QueryIssues, 404ResourceNotFound) as RFC 9457 problem+json.</summary>
public static class EpcisProblems
{
    public const string QueryParameterException = "epcisException:QueryParameterException";
    public const string NoSuchResourceException = "epcisException:NoSuchResourceException";

    public static IResult QueryParameter(EpcisQueryParameterException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Results.Problem(
            type: QueryParameterException,
            title: "Invalid query parameter",
            statusCode: StatusCodes.Status400BadRequest,
            detail: exception.Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = exception.Parameter, ["rule"] = exception.Rule });
    }

    public const string NotAcceptableException = "epcisException:NotAcceptableException";

    public static IResult NotAcceptable(string why) => Results.Problem(
        type: NotAcceptableException,
        title: "Conflicting request and response headers",
        statusCode: StatusCodes.Status406NotAcceptable,
        detail: why);

    public static IResult NoSuchResource(string what) => Results.Problem(
        type: NoSuchResourceException,
        title: "Resource not found",
        statusCode: StatusCodes.Status404NotFound,
        detail: what);
}
