namespace PharmaTrace.Api.Writes;

/// <summary>A write waiting in its signer's queue; <see cref="Persisted"/> completes once it is in the outbox.</summary>
internal sealed record QueuedWrite(Guid Id, WriteRequest Request)
{
    public TaskCompletionSource Persisted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
