namespace PharmaTrace.Ledger.Contracts;

/// <summary>One argument of a decoded custom error.</summary>
/// <param name="Name">The Solidity parameter name; empty when the error declares it unnamed.</param>
/// <param name="Type">The canonical ABI type, e.g. <c>bytes32</c>.</param>
/// <param name="Value">The typed value, as on the error record (Address, Hash32, ulong, an enum, ...).</param>
public sealed record ContractErrorArgument(string Name, string Type, object Value);
