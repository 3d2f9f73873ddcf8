using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Api.Problems;

/// <summary>
/// The one place where failures become RFC 9457 problem+json: broken input 400 naming field and
/// rule, too large 413, a contract's refusal 409 with its custom error (name, arguments, a
/// sentence), chain unreachable 503 with Retry-After. Only our own faults are 500.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var problem = Map(exception, httpContext);
        if (problem.Status >= 500 && exception is not ChainUnavailableException)
        {
            Hosting.Log.Unhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path.ToString());
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Map(Exception exception, HttpContext context) => exception switch
    {
        RequestValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = 400, Title = "The request is invalid", Detail = v.Message,
        },
        BadHttpRequestException { StatusCode: 413 } => new ProblemDetails
        {
            Status = 413, Title = "Request too large", Detail = "The body exceeds the limit of this endpoint (4 MB: a batch of 100,000 serials fits).",
        },
        BadHttpRequestException b => BadBody(b),
        TransactionRevertedException { Error: { } error } r => new ProblemDetails
        {
            Status = 409, Title = "Refused by the ledger: " + error.Name, Detail = ContractErrorText.Describe(error),
            Extensions =
            {
                ["error"] = error.Name,
                ["arguments"] = error.Arguments.ToDictionary(a => a.Name, a => ContractErrorText.Format(a.Value)),
                ["transactionHash"] = r.TransactionHash?.ToString(),
            },
        },
        TransactionRevertedException r => new ProblemDetails { Status = 409, Title = "Refused by the ledger", Detail = r.Message },
        ChainUnavailableException c => Unavailable(context, c),
        ApiProblemException p => new ProblemDetails { Status = p.Status, Title = p.Title, Detail = p.Message },
        _ => new ProblemDetails { Status = 500, Title = "Internal error", Detail = "The service failed; the failure is logged." },
    };

    private static ProblemDetails Unavailable(HttpContext context, ChainUnavailableException e)
    {
        context.Response.Headers.RetryAfter = "5";
        return new ProblemDetails { Status = 503, Title = "Chain unavailable", Detail = $"The ledger node cannot be reached; nothing was signed. Retry later. ({e.Message})" };
    }

    private static HttpValidationProblemDetails BadBody(BadHttpRequestException b)
    {
        // Minimal APIs wrap a JsonException: its Path names the field (e.g. $.quantity).
        var json = b.InnerException as JsonException;
        var field = json?.Path is { Length: > 0 } path ? path.TrimStart('$', '.') : "body";
        var rule = json is not null ? "must be JSON of the documented shape: " + (json.Message.Split(". Path:")[0]) : b.Message;
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [rule] })
        {
            Status = 400, Title = "The request is invalid", Detail = rule,
        };
    }
}
