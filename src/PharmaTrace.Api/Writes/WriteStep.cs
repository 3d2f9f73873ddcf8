using System.ComponentModel;

namespace PharmaTrace.Api.Writes;

/// <summary>One contract call of a write, sent as its own transaction or merged into a multicall.</summary>
/// <param name="Calldata">The ABI-encoded call to the PharmaLedger contract.</param>
/// <param name="GasLimit">A fixed gas limit for a call that cannot be estimated yet (it depends on an earlier step); <see langword="null"/> estimates it, which also surfaces a revert before anything is signed.</param>
[Description("One contract call of a write.")]
public sealed record WriteStep(ReadOnlyMemory<byte> Calldata, ulong? GasLimit = null);
