using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Writes;

/// <summary>Which transaction carries step <paramref name="Step"/> of an operation, and which result log is its own.</summary>
internal sealed record OutboxStep(Guid OperationId, int Step, Hash32 TransactionHash, int CallIndex, int ResultOrdinal);
