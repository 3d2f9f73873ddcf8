namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// A type string, value or encoding that does not follow the Solidity Contract ABI Specification;
/// the message names the type and the rule.
/// </summary>
public sealed class AbiException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public AbiException()
        : base("The ABI input is invalid.")
    {
    }

    /// <summary>Creates the exception with a message naming the type and the rule that was broken.</summary>
    public AbiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public AbiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
