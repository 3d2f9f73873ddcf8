namespace PharmaTrace.Ledger.Rpc.Json;

/// <summary>A call waiting in a batch: what to send, and how to take its answer.</summary>
internal interface IJsonRpcBatchEntry
{
    long Id { get; }

    string Method { get; }

    IReadOnlyList<object?> Parameters { get; }

    void Complete(JsonRpcClient client, JsonRpcResponse response);

    void Fail(Exception error);
}
