using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// An HTTP seam between the client and a real node: the next requests can be made to fail (HTTP
/// status, delay), single methods can get a canned JSON-RPC answer, and every other request goes
/// to the node unchanged. It counts the requests that reach it, so tests can see retries.
/// </summary>
internal sealed class FaultInjectingHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _faults = new();
    private readonly ConcurrentDictionary<string, string> _cannedAnswers = new();
    private int _requests;

    public FaultInjectingHandler()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>How many HTTP requests reached the handler.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The next <paramref name="count"/> requests get this status (and Retry-After, and body).</summary>
    public void FailNext(int count, HttpStatusCode status, TimeSpan? retryAfter = null, string body = "")
    {
        for (var i = 0; i < count; i++)
        {
            _faults.Enqueue((_, _) =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (retryAfter is { } after)
                {
                    response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
                }
                return Task.FromResult(response);
            });
        }
    }

    /// <summary>The next request hangs for <paramref name="delay"/> (or until cancelled), then goes to the node.</summary>
    public void DelayNext(TimeSpan delay)
    {
        _faults.Enqueue(async (request, cancellationToken) =>
        {
            await Task.Delay(delay, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        });
    }

    /// <summary>Answers <paramref name="method"/> with a JSON member, for example <c>"result":"0x1"</c> or <c>"error":{...}</c>.</summary>
    public void Answer(string method, string resultOrErrorMember) => _cannedAnswers[method] = resultOrErrorMember;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _requests);
        if (_faults.TryDequeue(out var fault))
        {
            return await fault(request, cancellationToken);
        }
        if (!_cannedAnswers.IsEmpty && request.Content is not null)
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && _cannedAnswers.TryGetValue(json.RootElement.GetProperty("method").GetString()!, out var member))
            {
                var id = json.RootElement.GetProperty("id").GetRawText();
                var answer = $$"""{"jsonrpc":"2.0","id":{{id}},{{member}}}""";
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(answer, Encoding.UTF8, "application/json") };
            }
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
