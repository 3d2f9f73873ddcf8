namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// Where an item's payload lies, read from its prefix under the canonical rules of the Yellow Paper
/// (appendix B) as go-ethereum enforces them (rlp/raw.go): a header that could have been shorter is
/// refused, so every value has exactly one encoding.
/// </summary>
internal readonly record struct RlpHeader(bool IsList, int PayloadOffset, int PayloadLength)
{
    public int End => PayloadOffset + PayloadLength;

    /// <summary>Reads the header of the item at <paramref name="position"/>; the item must end within <paramref name="data"/>.</summary>
    public static RlpHeader Read(ReadOnlySpan<byte> data, int position)
    {
        if (position >= data.Length)
        {
            throw new RlpException($"RLP input ends at offset {position} where an item was expected.");
        }
        var prefix = data[position];
        RlpHeader header;
        if (prefix < RlpEncoder.StringOffset)
        {
            // A byte below 0x80 is its own encoding.
            header = new RlpHeader(false, position, 1);
        }
        else if (prefix < 0xb8)
        {
            header = new RlpHeader(false, position + 1, prefix - RlpEncoder.StringOffset);
            if (header.PayloadLength == 1 && header.End <= data.Length && data[position + 1] < RlpEncoder.StringOffset)
            {
                throw new RlpException(
                    $"Non-canonical RLP at offset {position}: the single byte 0x{data[position + 1]:x2} must not be wrapped in a string header.");
            }
        }
        else if (prefix < RlpEncoder.ListOffset)
        {
            header = ReadLong(data, position, false, prefix - 0xb7);
        }
        else if (prefix < 0xf8)
        {
            header = new RlpHeader(true, position + 1, prefix - RlpEncoder.ListOffset);
        }
        else
        {
            header = ReadLong(data, position, true, prefix - 0xf7);
        }
        if (header.PayloadLength > data.Length - header.PayloadOffset)
        {
            throw new RlpException(
                $"RLP item at offset {position} declares {header.PayloadLength} bytes but only {Math.Max(0, data.Length - header.PayloadOffset)} remain.");
        }
        return header;
    }

    private static RlpHeader ReadLong(ReadOnlySpan<byte> data, int position, bool isList, int lengthOfLength)
    {
        var kind = isList ? "list" : "string";
        if (lengthOfLength > data.Length - position - 1)
        {
            throw new RlpException($"RLP {kind} at offset {position} is cut off inside its length.");
        }
        var lengthBytes = data.Slice(position + 1, lengthOfLength);
        if (lengthBytes[0] == 0)
        {
            throw new RlpException($"Non-canonical RLP at offset {position}: the {kind} length has a leading zero byte.");
        }
        ulong length = 0;
        foreach (var b in lengthBytes)
        {
            length = (length << 8) | b;
        }
        if (length < RlpEncoder.ShortLimit)
        {
            throw new RlpException(
                $"Non-canonical RLP at offset {position}: a {kind} of {length} bytes must use the short form.");
        }
        if (length > int.MaxValue)
        {
            throw new RlpException($"RLP {kind} at offset {position} declares {length} bytes, more than any input can hold.");
        }
        return new RlpHeader(isList, position + 1 + lengthOfLength, (int)length);
    }
}
