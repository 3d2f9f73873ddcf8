using System.Numerics;

namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// Reads RLP item by item from a span without allocating, enforcing canonical form (see
/// <see cref="RlpDecoder"/>). Use it to decode a known structure such as a transaction;
/// use <see cref="RlpDecoder"/> for an unknown one.
/// </summary>
public ref struct RlpReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    /// <summary>Reads the items of <paramref name="data"/> in order.</summary>
    public RlpReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>The offset of the next item.</summary>
    public readonly int Position => _position;

    /// <summary>True while items remain.</summary>
    public readonly bool HasMore => _position < _data.Length;

    /// <summary>True when the next item is a list.</summary>
    /// <exception cref="RlpException">No item remains.</exception>
    public readonly bool IsNextList
    {
        get
        {
            if (!HasMore)
            {
                throw new RlpException($"RLP input ends at offset {_position} where an item was expected.");
            }
            return _data[_position] >= RlpEncoder.ListOffset;
        }
    }

    /// <summary>Reads a byte string and returns its payload (a slice of the input).</summary>
    /// <exception cref="RlpException">The next item is a list, or is malformed.</exception>
    public ReadOnlySpan<byte> ReadString()
    {
        var header = RlpHeader.Read(_data, _position);
        if (header.IsList)
        {
            throw new RlpException($"Expected an RLP byte string at offset {_position} but found a list.");
        }
        _position = header.End;
        return _data.Slice(header.PayloadOffset, header.PayloadLength);
    }

    /// <summary>Reads a canonical scalar of at most 64 bits.</summary>
    public ulong ReadUInt64() => MinimalBigEndian.ReadUInt64(ReadString());

    /// <summary>Reads a canonical scalar of any size.</summary>
    public BigInteger ReadBigInteger() => MinimalBigEndian.ReadBigInteger(ReadString());

    /// <summary>Reads a list and returns a reader over its items.</summary>
    /// <exception cref="RlpException">The next item is a byte string, or is malformed.</exception>
    public RlpReader ReadList()
    {
        var header = RlpHeader.Read(_data, _position);
        if (!header.IsList)
        {
            throw new RlpException($"Expected an RLP list at offset {_position} but found a byte string.");
        }
        _position = header.End;
        return new RlpReader(_data.Slice(header.PayloadOffset, header.PayloadLength));
    }

    /// <summary>Refuses anything after the last item read, as canonical RLP has no trailing bytes.</summary>
    /// <exception cref="RlpException">Bytes remain.</exception>
    public readonly void EnsureEnd()
    {
        if (HasMore)
        {
            throw new RlpException($"RLP input has {_data.Length - _position} trailing bytes after offset {_position}.");
        }
    }
}
