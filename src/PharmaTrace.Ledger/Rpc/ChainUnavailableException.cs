using System.Net;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The node could not be reached or gave no usable answer: connection refused or reset, a timeout,
/// HTTP 429 or 5xx after every retry, or an HTTP status that retrying cannot fix. Unlike
/// <see cref="RpcException"/> nothing is known about the call's effect, so a caller may try again
/// later with the same request (for a transaction: the same signed bytes, never a re-signed one).
/// </summary>
public sealed class ChainUnavailableException : Exception
{
    /// <summary>Creates the exception for a call to <paramref name="endpoint"/> that failed <paramref name="attempts"/> times.</summary>
    public ChainUnavailableException(string method, Uri? endpoint, int attempts, HttpStatusCode? statusCode, string reason, Exception? innerException)
        : base($"{method} to {endpoint?.ToString() ?? "(no endpoint)"} failed after {attempts} attempt(s): {reason}", innerException)
    {
        Method = method;
        Endpoint = endpoint;
        Attempts = attempts;
        StatusCode = statusCode;
    }

    /// <summary>The JSON-RPC method, or <c>batch</c>.</summary>
    public string Method { get; }

    /// <summary>The node's URL.</summary>
    public Uri? Endpoint { get; }

    /// <summary>How many HTTP requests were made.</summary>
    public int Attempts { get; }

    /// <summary>The last HTTP status, when the node answered with one.</summary>
    public HttpStatusCode? StatusCode { get; }
}
