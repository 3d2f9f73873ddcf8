namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// Decodes RLP into <see cref="RlpItem"/>s and accepts only the canonical encoding (Yellow Paper,
/// appendix B; the rules go-ethereum enforces): no leading zeros in lengths, a single byte below
/// 0x80 is never wrapped, payloads under 56 bytes use the short form, every length matches exactly,
/// and nothing follows the item.
/// </summary>
public static class RlpDecoder
{
    /// <summary>More lists than this nested in one another are refused, so hostile input cannot exhaust the stack.</summary>
    public const int MaxDepth = 1024;

    /// <summary>Decodes one item that spans all of <paramref name="data"/>.</summary>
    /// <remarks>Byte strings are slices of <paramref name="data"/>, not copies.</remarks>
    /// <exception cref="RlpException">The input is malformed, non-canonical or has trailing bytes.</exception>
    public static RlpItem Decode(ReadOnlyMemory<byte> data)
    {
        var position = 0;
        var item = DecodeItem(data, ref position, 0);
        if (position != data.Length)
        {
            throw new RlpException($"RLP input has {data.Length - position} trailing bytes after offset {position}.");
        }
        return item;
    }

    private static RlpItem DecodeItem(ReadOnlyMemory<byte> data, ref int position, int depth)
    {
        var header = RlpHeader.Read(data.Span, position);
        if (!header.IsList)
        {
            position = header.End;
            return new RlpString(data.Slice(header.PayloadOffset, header.PayloadLength));
        }
        if (depth >= MaxDepth)
        {
            throw new RlpException($"RLP lists are nested deeper than {MaxDepth} levels.");
        }
        // Items are read within the list's payload, so an item that overruns its list is refused
        // by the header check instead of silently reading the list's neighbour.
        var payload = data.Slice(0, header.End);
        var items = new List<RlpItem>();
        var inner = header.PayloadOffset;
        while (inner < header.End)
        {
            items.Add(DecodeItem(payload, ref inner, depth + 1));
        }
        position = header.End;
        return new RlpList(items);
    }
}
