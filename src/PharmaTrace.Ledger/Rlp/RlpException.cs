namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// RLP input that is malformed or not in canonical form (Ethereum Yellow Paper, appendix B).
/// Canonical form matters: two encodings of one value would give two hashes of one transaction.
/// </summary>
public sealed class RlpException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public RlpException()
        : base("The RLP input is invalid.")
    {
    }

    /// <summary>Creates the exception with a message naming the rule that was broken.</summary>
    public RlpException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RlpException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
