namespace PharmaTrace.Ledger.Rlp;

/// <summary>An RLP list of items.</summary>
public sealed class RlpList : RlpItem
{
    /// <summary>Creates a list of the given items.</summary>
    public RlpList(IReadOnlyList<RlpItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items;
    }

    /// <summary>Creates a list of the given items.</summary>
    public RlpList(params RlpItem[] items)
        : this((IReadOnlyList<RlpItem>)items)
    {
    }

    /// <summary>The items, in order.</summary>
    public IReadOnlyList<RlpItem> Items { get; }

    /// <summary>The number of items.</summary>
    public int Count => Items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public RlpItem this[int index] => Items[index];

    /// <inheritdoc/>
    public override bool IsList => true;
}
