using System.Numerics;

namespace PharmaTrace.Ledger.Rlp;

/// <summary>
/// Writes RLP into a caller-supplied buffer, front to back, without allocating. Lists are written
/// as a header (<see cref="WriteListHeader"/>, given the payload size from <see cref="RlpEncoder"/>)
/// followed by their items.
/// </summary>
public ref struct RlpWriter
{
    private readonly Span<byte> _buffer;
    private int _position;

    /// <summary>Starts writing at the beginning of <paramref name="buffer"/>.</summary>
    public RlpWriter(Span<byte> buffer)
    {
        _buffer = buffer;
        _position = 0;
    }

    /// <summary>The number of bytes written so far.</summary>
    public readonly int Position => _position;

    /// <summary>The bytes written so far.</summary>
    public readonly ReadOnlySpan<byte> Written => _buffer[.._position];

    /// <summary>Writes a byte string: a single byte below 0x80 stands for itself, anything else gets a header.</summary>
    public void WriteString(ReadOnlySpan<byte> value)
    {
        if (value.Length == 1 && value[0] < RlpEncoder.StringOffset)
        {
            Take(1)[0] = value[0];
            return;
        }
        WriteHeader(value.Length, RlpEncoder.StringOffset);
        value.CopyTo(Take(value.Length));
    }

    /// <summary>Writes a scalar as its minimal big-endian bytes (zero is the empty string, 0x80).</summary>
    public void WriteUInt64(ulong value)
    {
        if (value < RlpEncoder.StringOffset)
        {
            Take(1)[0] = value == 0 ? RlpEncoder.StringOffset : (byte)value;
            return;
        }
        var count = MinimalBigEndian.ByteCount(value);
        var span = Take(1 + count);
        span[0] = (byte)(RlpEncoder.StringOffset + count);
        MinimalBigEndian.Write(value, span[1..]);
    }

    /// <summary>Writes a non-negative scalar as its minimal big-endian bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public void WriteBigInteger(BigInteger value)
    {
        var count = MinimalBigEndian.ByteCount(value);
        if (count <= sizeof(ulong))
        {
            WriteUInt64((ulong)value);
            return;
        }
        WriteHeader(count, RlpEncoder.StringOffset);
        MinimalBigEndian.Write(value, Take(count));
    }

    /// <summary>Writes the header of a list whose items will take <paramref name="payloadLength"/> bytes.</summary>
    public void WriteListHeader(int payloadLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        WriteHeader(payloadLength, RlpEncoder.ListOffset);
    }

    /// <summary>Copies bytes that are already RLP-encoded (an item encoded elsewhere).</summary>
    public void WriteEncoded(ReadOnlySpan<byte> encoded) => encoded.CopyTo(Take(encoded.Length));

    /// <summary>Writes <paramref name="item"/> and, for a list, everything in it.</summary>
    public void WriteItem(RlpItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item is RlpString s)
        {
            WriteString(s.Value.Span);
            return;
        }
        var list = (RlpList)item;
        WriteListHeader(RlpEncoder.GetPayloadLength(list));
        var items = list.Items;
        for (var i = 0; i < items.Count; i++)
        {
            WriteItem(items[i]);
        }
    }

    private void WriteHeader(int payloadLength, byte offset)
    {
        if (payloadLength < RlpEncoder.ShortLimit)
        {
            Take(1)[0] = (byte)(offset + payloadLength);
            return;
        }
        // Long form: 0xb7/0xf7 plus the size of the length, then the length itself, minimal big-endian.
        var count = MinimalBigEndian.ByteCount((ulong)payloadLength);
        var span = Take(1 + count);
        span[0] = (byte)(offset + RlpEncoder.ShortLimit - 1 + count);
        MinimalBigEndian.Write((ulong)payloadLength, span[1..]);
    }

    private Span<byte> Take(int count)
    {
        if (_buffer.Length - _position < count)
        {
            throw new InvalidOperationException(
                $"The RLP buffer of {_buffer.Length} bytes is too small: {count} more needed at {_position}.");
        }
        var span = _buffer.Slice(_position, count);
        _position += count;
        return span;
    }
}
