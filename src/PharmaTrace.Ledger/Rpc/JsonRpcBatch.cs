using System.Buffers;
using System.Text.Json;
using PharmaTrace.Ledger.Rpc.Json;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// Several calls sent in one HTTP request as a JSON-RPC 2.0 batch (section 6). The node may answer
/// in any order; answers are matched to calls by id. Send once; the items then hold the results.
/// A batch is built and sent by one caller; it is not thread-safe (the client is).
/// </summary>
/// <example>
/// <code>
/// var batch = client.CreateBatch();
/// var chainId = batch.Add&lt;ulong&gt;("eth_chainId", []);
/// var head = batch.Add&lt;ulong&gt;("eth_blockNumber", []);
/// await batch.SendAsync(cancellationToken);
/// Console.WriteLine($"{chainId.Result} at {head.Result}");
/// </code>
/// </example>
public sealed class JsonRpcBatch
{
    private readonly JsonRpcClient _client;
    private readonly List<IJsonRpcBatchEntry> _entries = [];
    private bool _sent;

    internal JsonRpcBatch(JsonRpcClient client) => _client = client;

    /// <summary>The number of calls added.</summary>
    public int Count => _entries.Count;

    /// <summary>Adds a call; its result is read as <typeparamref name="T"/> once the batch is sent.</summary>
    /// <exception cref="InvalidOperationException">The batch was already sent.</exception>
    public JsonRpcBatchItem<T> Add<T>(string method, IReadOnlyList<object?> parameters)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(parameters);
        if (_sent)
        {
            throw new InvalidOperationException("A batch is sent once; create another for more calls.");
        }
        var item = new JsonRpcBatchItem<T>(_client.NextId(), method, [.. parameters]);
        _entries.Add(item);
        return item;
    }

    /// <summary>
    /// Sends every call in one request. Calls the node answered with an error hold that error; the
    /// others hold their results.
    /// </summary>
    /// <exception cref="InvalidOperationException">The batch is empty or was already sent.</exception>
    /// <exception cref="ChainUnavailableException">The node could not be reached after every retry.</exception>
    public async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_entries.Count == 0)
        {
            // JSON-RPC 2.0, section 6: an empty array is an invalid request.
            throw new InvalidOperationException("An empty batch cannot be sent.");
        }
        if (_sent)
        {
            throw new InvalidOperationException("This batch was already sent.");
        }
        _sent = true;
        var answer = await _client.PostAsync("batch", WriteBody(), cancellationToken);
        var body = answer.AsSpan().TrimStart(" \t\r\n"u8);
        if (body.Length > 0 && body[0] == (byte)'{')
        {
            // A node without batch support answers the whole batch with one error object.
            var single = _client.Parse<JsonRpcResponse>("batch", answer);
            foreach (var entry in _entries)
            {
                entry.Fail(single.Error is { } error
                    ? RpcErrorMapper.Map(entry.Method, error)
                    : new RpcException(entry.Method, -32603, "The node answered a batch with a single non-error object.", null));
            }
            return;
        }
        var byId = new Dictionary<long, JsonRpcResponse>();
        foreach (var response in _client.Parse<JsonRpcResponse[]>("batch", answer))
        {
            if (response.NumericId is { } id)
            {
                byId[id] = response;
            }
        }
        foreach (var entry in _entries)
        {
            if (byId.TryGetValue(entry.Id, out var response))
            {
                entry.Complete(_client, response);
            }
            else
            {
                entry.Fail(new RpcException(entry.Method, -32603, $"The batch answer has no response with id {entry.Id}.", null));
            }
        }
    }

    private ReadOnlyMemory<byte> WriteBody()
    {
        var buffer = new ArrayBufferWriter<byte>(128 * _entries.Count);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var entry in _entries)
            {
                JsonRpcRequestWriter.Write(writer, entry.Id, entry.Method, entry.Parameters);
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenMemory;
    }
}
