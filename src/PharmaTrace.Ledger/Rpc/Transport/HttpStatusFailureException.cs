using System.Net;

namespace PharmaTrace.Ledger.Rpc.Transport;

/// <summary>
/// An HTTP status that is not a JSON-RPC answer. Internal: it drives the retry decision, and the
/// caller sees a <see cref="ChainUnavailableException"/> once retrying is over.
/// </summary>
internal sealed class HttpStatusFailureException : Exception
{
    public HttpStatusFailureException(HttpStatusCode statusCode, TimeSpan? retryAfter, bool isTransient)
        : base($"HTTP {(int)statusCode} {statusCode}" + (retryAfter is { } after ? $", Retry-After {after.TotalSeconds:0.###} s" : string.Empty))
    {
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        IsTransient = isTransient;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>The server's Retry-After (RFC 9110, section 10.2.3), as a delay from now.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>Whether retrying may help: 429 and 5xx yes, other 4xx no.</summary>
    public bool IsTransient { get; }
}
