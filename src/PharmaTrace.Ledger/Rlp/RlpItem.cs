namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// A decoded RLP item: either a byte string (<see cref="RlpString"/>) or a list of items
/// (<see cref="RlpList"/>). These are the only two shapes RLP has (Yellow Paper, appendix B).
/// </summary>
public abstract class RlpItem
{
    private protected RlpItem()
    {
    }

    /// <summary>True for a list, false for a byte string.</summary>
    public abstract bool IsList { get; }

    /// <summary>This item as a byte string.</summary>
    /// <exception cref="RlpException">The item is a list.</exception>
    public RlpString AsString() =>
        this as RlpString ?? throw new RlpException("Expected an RLP byte string but found a list.");

    /// <summary>This item as a list.</summary>
    /// <exception cref="RlpException">The item is a byte string.</exception>
    public RlpList AsList() =>
        this as RlpList ?? throw new RlpException("Expected an RLP list but found a byte string.");
}
