using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Polly;
using PharmaTrace.Ledger.Rpc.Json;
using PharmaTrace.Ledger.Rpc.Transport;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// A JSON-RPC 2.0 client over HTTP POST: single calls with <see cref="SendAsync{T}"/>, several in
/// one request with <see cref="CreateBatch"/>. Transport faults (connection refused, timeouts,
/// HTTP 429 and 5xx) are retried with backoff and end in <see cref="ChainUnavailableException"/>;
/// error answers become <see cref="RpcException"/> and are never retried.
/// </summary>
/// <remarks>
/// Retrying is safe because every call this client makes is either a read or
/// <c>eth_sendRawTransaction</c> of bytes signed before the call: resending them cannot create a
/// second transaction, as the same bytes have the same hash. The client never signs, so it never
/// re-signs. The <see cref="HttpClient"/> is borrowed, not owned (IHttpClientFactory manages it).
/// </remarks>
public sealed class JsonRpcClient
{
    private static readonly MediaTypeHeaderValue JsonMediaType = new("application/json");

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _pipeline;
    private long _nextId;

    /// <summary>Creates a client that posts to <see cref="JsonRpcClientOptions.Endpoint"/> or, if unset, the client's base address.</summary>
    /// <exception cref="ArgumentException">No endpoint is known, or an option is out of range.</exception>
    public JsonRpcClient(HttpClient httpClient, JsonRpcClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _http = httpClient;
        Endpoint = options.Endpoint ?? httpClient.BaseAddress
            ?? throw new ArgumentException("Set JsonRpcClientOptions.Endpoint or the HttpClient's BaseAddress.", nameof(options));
        _pipeline = RpcResilience.Build(options);
        AttemptTimeout = options.AttemptTimeout;
    }

    /// <summary>How long one attempt of a call may take before it is retried (<see cref="JsonRpcClientOptions.AttemptTimeout"/>).</summary>
    public TimeSpan AttemptTimeout { get; }

    /// <summary>The node's URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>
    /// Calls <paramref name="method"/> with positional <paramref name="parameters"/> and reads the
    /// result as <typeparamref name="T"/>. Quantities (<see cref="ulong"/>, <see cref="System.Numerics.BigInteger"/>),
    /// data (<see cref="ReadOnlyMemory{T}"/> of bytes), hashes and addresses use the spec's hex encodings.
    /// </summary>
    /// <returns>The result; <see langword="null"/> when the node answers <c>null</c> (an unknown block or receipt).</returns>
    /// <exception cref="RpcException">The node answered with an error (or a subclass naming it).</exception>
    /// <exception cref="ChainUnavailableException">The node could not be reached after every retry.</exception>
    public async Task<T?> SendAsync<T>(string method, IReadOnlyList<object?> parameters, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(parameters);
        var id = NextId();
        var body = JsonRpcRequestWriter.Single(id, method, parameters);
        var answer = await PostAsync(method, body, cancellationToken);
        var response = ParseResponse<T>(method, answer);
        if (response.NumericId != id && response.Error is null)
        {
            throw Unusable(method, $"the answer has id {response.Id.GetRawText()}, not {id}", null);
        }
        return NoResult(method, response.Error, response.HasResult) is { } failure ? throw failure : response.Result;
    }

    /// <summary>Starts a batch: calls added to it go to the node in one HTTP request (JSON-RPC 2.0, section 6).</summary>
    public JsonRpcBatch CreateBatch() => new(this);

    internal long NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>Reads a response's result as <typeparamref name="T"/>, or throws its error.</summary>
    internal T? Complete<T>(string method, JsonRpcResponse response)
    {
        if (NoResult(method, response.Error, response.Result.ValueKind != JsonValueKind.Undefined) is { } failure)
        {
            throw failure;
        }
        try
        {
            return response.Result.Deserialize(RpcJson.TypeInfo<T>());
        }
        catch (JsonException e)
        {
            throw ShapeError(method, e);
        }
    }

    // A single answer, result included, in one pass. A result of the wrong shape is the spec's shape error, as in
    // Complete; anything else wrong with the answer makes it no JSON-RPC response.
    private JsonRpcResponse<T> ParseResponse<T>(string method, byte[] answer)
    {
        try
        {
            return JsonSerializer.Deserialize(answer, RpcJson.TypeInfo<JsonRpcResponse<T>>())
                ?? throw Unusable(method, "the answer is JSON null", null);
        }
        catch (JsonException e) when (e.Path is { } path && (path == "$.result" || path.StartsWith("$.result.", StringComparison.Ordinal) || path.StartsWith("$.result[", StringComparison.Ordinal)))
        {
            throw ShapeError(method, e);
        }
        catch (JsonException e)
        {
            throw Unusable(method, "the answer is not a JSON-RPC response", e);
        }
    }

    // What an answer without a usable result is: the node's error, or no JSON-RPC answer at all.
    private Exception? NoResult(string method, JsonRpcError? error, bool hasResult) =>
        error is not null ? RpcErrorMapper.Map(method, error)
        : hasResult ? null
        : Unusable(method, "the answer has neither result nor error", null);

    private static JsonException ShapeError(string method, JsonException e) =>
        new($"The result of {method} does not have the shape the Ethereum JSON-RPC spec gives it: {e.Message}", e);

    internal T Parse<T>(string method, byte[] answer)
    {
        try
        {
            return JsonSerializer.Deserialize(answer, RpcJson.TypeInfo<T>())
                ?? throw Unusable(method, "the answer is JSON null", null);
        }
        catch (JsonException e)
        {
            throw Unusable(method, "the answer is not a JSON-RPC response", e);
        }
    }

    /// <summary>Posts a request body through the resilience pipeline and returns the answer's bytes.</summary>
    internal async Task<byte[]> PostAsync(string method, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async token =>
                {
                    attempts++;
                    return await AttemptAsync(body, token);
                },
                cancellationToken);
        }
        catch (Exception e) when (RpcResilience.IsTransportFailure(e, cancellationToken))
        {
            throw new ChainUnavailableException(method, Endpoint, attempts, (e as HttpStatusFailureException)?.StatusCode, e.Message, e);
        }
    }

    private async ValueTask<byte[]> AttemptAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new ReadOnlyMemoryContent(body) };
        request.Content.Headers.ContentType = JsonMediaType;
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return answer;
        }
        var status = response.StatusCode;
        // 429 and the gateway statuses come from proxies and rate limiters, whatever the body says.
        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
        {
            throw new HttpStatusFailureException(status, RetryAfter(response.Headers.RetryAfter), isTransient: true);
        }
        // Some nodes send error objects with 400 or 500; those are answers.
        if (answer.AsSpan().IndexOf("\"jsonrpc\""u8) >= 0)
        {
            return answer;
        }
        throw new HttpStatusFailureException(status, RetryAfter(response.Headers.RetryAfter), isTransient: (int)status >= 500);
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private ChainUnavailableException Unusable(string method, string reason, Exception? inner) =>
        new(method, Endpoint, 1, null, reason, inner);
}
