namespace PharmaTrace.Ledger.Abi;

/// <summary>What a contract's revert data turned out to be.</summary>
public enum RevertKind
{
    /// <summary>No data: <c>revert()</c>, <c>require(condition)</c> without a message, or an out-of-gas-like failure.</summary>
    Empty,

    /// <summary><c>Error(string)</c>: <c>require(condition, "reason")</c> or <c>revert("reason")</c>.</summary>
    Error,

    /// <summary><c>Panic(uint256)</c>: a failed assertion, overflow, division by zero and the like.</summary>
    Panic,

    /// <summary>A custom error among those given to the decoder.</summary>
    Custom,

    /// <summary>Data whose selector matches none of the known errors.</summary>
    Unrecognized,
}
