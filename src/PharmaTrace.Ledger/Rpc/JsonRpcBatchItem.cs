using PharmaTrace.Ledger.Rpc.Json;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// One call of a <see cref="JsonRpcBatch"/>. After the batch is sent, <see cref="Result"/> holds its
/// answer or throws its own error: one failed call does not fail the others.
/// </summary>
/// <typeparam name="T">The result type, read as <see cref="JsonRpcClient.SendAsync{T}"/> reads it.</typeparam>
public sealed class JsonRpcBatchItem<T> : IJsonRpcBatchEntry
{
    private T? _result;
    private Exception? _error;

    internal JsonRpcBatchItem(long id, string method, IReadOnlyList<object?> parameters)
    {
        Id = id;
        Method = method;
        Parameters = parameters;
    }

    /// <summary>The request id, unique within the client.</summary>
    public long Id { get; }

    /// <summary>The JSON-RPC method.</summary>
    public string Method { get; }

    /// <summary>Whether the batch was sent and this call has an answer or an error.</summary>
    public bool IsCompleted { get; private set; }

    /// <summary>The error of this call (usually an <see cref="RpcException"/>), or <see langword="null"/>.</summary>
    public Exception? Error => _error;

    /// <summary>The result.</summary>
    /// <exception cref="InvalidOperationException">The batch has not been sent.</exception>
    /// <exception cref="RpcException">The node answered this call with an error.</exception>
    public T? Result
    {
        get
        {
            if (!IsCompleted)
            {
                throw new InvalidOperationException($"The batch holding {Method} (id {Id}) has not been sent.");
            }
            return _error is null ? _result : throw _error;
        }
    }

    IReadOnlyList<object?> IJsonRpcBatchEntry.Parameters => Parameters;

    internal IReadOnlyList<object?> Parameters { get; }

    void IJsonRpcBatchEntry.Complete(JsonRpcClient client, JsonRpcResponse response)
    {
        try
        {
            _result = client.Complete<T>(Method, response);
        }
        catch (Exception e) when (e is RpcException or System.Text.Json.JsonException or ChainUnavailableException)
        {
            _error = e;
        }
        IsCompleted = true;
    }

    void IJsonRpcBatchEntry.Fail(Exception error)
    {
        _error = error;
        IsCompleted = true;
    }
}
