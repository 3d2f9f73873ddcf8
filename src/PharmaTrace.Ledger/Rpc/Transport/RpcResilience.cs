using System.Net.Http;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PharmaTrace.Ledger.Rpc.Transport;

/// <summary>
/// The resilience pipeline of one HTTP exchange: retries with exponential backoff and jitter
/// around a per-attempt timeout. It only ever sees transport faults: a JSON-RPC error object is
/// a successful exchange at this level, so it is never retried.
/// </summary>
internal static class RpcResilience
{
    public static ResiliencePipeline Build(JsonRpcClientOptions options)
    {
        var builder = new ResiliencePipelineBuilder();
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && IsTransient(e, options, args.Context.CancellationToken)),
                // A server that says when to come back is believed (RFC 9110, section 10.2.3).
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is HttpStatusFailureException { RetryAfter: { } after } ? (TimeSpan?)after : null),
            });
        }
        // Inside the retry, so each attempt gets its own time budget.
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>Whether retrying might help.</summary>
    public static bool IsTransient(Exception exception, JsonRpcClientOptions options, CancellationToken callerToken) => exception switch
    {
        HttpStatusFailureException status => status.IsTransient && (status.RetryAfter is null || status.RetryAfter <= options.MaxRetryDelay),
        TimeoutRejectedException => true,
        HttpRequestException request => request.HttpRequestError is not (
            HttpRequestError.SecureConnectionError
            or HttpRequestError.UserAuthenticationError
            or HttpRequestError.VersionNegotiationError
            or HttpRequestError.ConfigurationLimitExceeded),
        IOException => true,
        // HttpClient.Timeout fires as a cancellation the caller did not ask for.
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Whether the exception is a transport failure (transient or not) rather than a bug or a cancellation.</summary>
    public static bool IsTransportFailure(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpStatusFailureException or TimeoutRejectedException or HttpRequestException or IOException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };
}
