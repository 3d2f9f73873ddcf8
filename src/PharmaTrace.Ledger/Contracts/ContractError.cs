namespace PharmaTrace.Ledger.Contracts;

/// <summary>
/// A custom error decoded from revert data: the Solidity name, the canonical signature, the named
/// arguments (for problem+json and logs) and the generated typed record (e.g.
/// <c>PharmaLedger.BatchExpiredError</c>) for code that wants to match on it.
/// </summary>
/// <param name="Name">The error name, e.g. <c>BatchExpired</c>.</param>
/// <param name="Signature">The canonical signature, e.g. <c>BatchExpired(bytes32,uint32)</c>.</param>
/// <param name="Arguments">The arguments in declaration order.</param>
/// <param name="Value">The typed error record.</param>
public sealed record ContractError(string Name, string Signature, IReadOnlyList<ContractErrorArgument> Arguments, object Value);
