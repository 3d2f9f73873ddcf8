namespace PharmaTrace.Api.Writes;

/// <summary>Where a write is.</summary>
public enum OperationState
{
    /// <summary>Signed and stored; on its way to the chain.</summary>
    Pending,

    /// <summary>Every transaction mined with success.</summary>
    Completed,

    /// <summary>A transaction was mined with status 0, or its nonce was taken by another transaction.</summary>
    Failed,
}
