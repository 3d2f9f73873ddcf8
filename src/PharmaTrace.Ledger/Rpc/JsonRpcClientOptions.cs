namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// Where the node is and how hard to try. The worst-case time of one call is about
/// <c>(MaxRetryAttempts + 1) × AttemptTimeout</c> plus the backoff delays.
/// </summary>
public sealed record JsonRpcClientOptions
{
    /// <summary>
    /// The node's JSON-RPC URL. When <see langword="null"/>, the <see cref="HttpClient.BaseAddress"/>
    /// of the client passed in is used (the usual setup with IHttpClientFactory).
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The longest one HTTP request may take, body included, before it counts as a transient failure.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after the first attempt for transient failures; 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; init; } = 4;

    /// <summary>The first backoff delay; each retry doubles it, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The longest backoff delay. A Retry-After longer than this is not waited for: the call fails
    /// with <see cref="ChainUnavailableException"/> at once, rather than holding the caller.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Throws when a value is out of range; the client calls it on construction.</summary>
    public void Validate()
    {
        if (Endpoint is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The JSON-RPC endpoint must be an absolute URI.", nameof(Endpoint));
        }
        // Polly's timeout strategy accepts 10 ms to 1 day.
        if (AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "Must be between 10 ms and 1 day.");
        }
        if (MaxRetryAttempts < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryAttempts), MaxRetryAttempts, "Must not be negative.");
        }
        if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < RetryBaseDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRetryDelay), MaxRetryDelay, "Delays must be non-negative, the maximum at least the base.");
        }
    }
}
