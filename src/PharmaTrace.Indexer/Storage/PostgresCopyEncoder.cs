using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace PharmaTrace.Indexer.Storage;

/// <summary>
/// Rows in PostgreSQL's binary COPY format (postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4): a signature,
/// then each row as a 16-bit field count and each field as a 32-bit length (-1 for null) and the type's binary form,
/// big-endian; a count of -1 ends the data. A <see cref="long"/> is a BIGINT (8 bytes); a <see cref="string"/> and
/// UTF-8 <see cref="byte"/>[] are text, whose binary form is its bytes in the client encoding, UTF-8 (Npgsql's). The
/// server checks each field as its type's receive function does (a text's encoding, a row's field count).
/// </summary>
internal sealed class PostgresCopyEncoder(string table)
{
    private const int BufferSize = 256 * 1024;
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
    private int _length;

    /// <summary>The bytes encoded since the last <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    /// <summary>The signature, no flags (no OIDs) and an empty header extension.</summary>
    public void Header()
    {
        Signature.CopyTo(_buffer, 0);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(11), 0);
        BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(15), 0);
        _length = 19;
    }

    /// <summary>Encodes <paramref name="row"/>, or returns false when the buffer has no room left for it.</summary>
    public bool TryRow(object?[] row)
    {
        if (_length + MaxSize(row) > _buffer.Length)
        {
            return false;
        }
        var span = _buffer.AsSpan();
        BinaryPrimitives.WriteInt16BigEndian(span[_length..], checked((short)row.Length));
        _length += 2;
        foreach (var value in row)
        {
            var field = span[(_length + 4)..];
            var size = value switch
            {
                null => -1,
                long number => WriteInt64(field, number),
                string text => Encoding.UTF8.GetBytes(text, field),
                byte[] utf8 => Copy(utf8, field),
                _ => throw new ArgumentException($"{table}: {value.GetType().Name} is neither a long, a string nor UTF-8 bytes."),
            };
            BinaryPrimitives.WriteInt32BigEndian(span[_length..], size);
            _length += 4 + Math.Max(size, 0);
        }
        return true;
    }

    /// <summary>Empties the buffer once it is written, and makes it large enough for <paramref name="next"/>.</summary>
    public void Clear(object?[] next)
    {
        _length = 0;
        if (MaxSize(next) > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(MaxSize(next));
        }
    }

    /// <summary>The end of the data: a field count of -1.</summary>
    public void Trailer()
    {
        if (_length + 2 > _buffer.Length)
        {
            throw new InvalidOperationException("No room for the trailer: write the buffer first.");
        }
        BinaryPrimitives.WriteInt16BigEndian(_buffer.AsSpan(_length), -1);
        _length += 2;
    }

    /// <summary>Gives the buffer back to the pool; the encoder is not used again.</summary>
    public void Return()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = 0;
    }

    // The most bytes a row can take, with room for the trailer after it.
    private static int MaxSize(object?[] row)
    {
        var size = 2 + 2;
        foreach (var value in row)
        {
            size += 4 + value switch
            {
                long => 8,
                string text => Encoding.UTF8.GetMaxByteCount(text.Length),
                byte[] utf8 => utf8.Length,
                _ => 0,
            };
        }
        return size;
    }

    private static int WriteInt64(Span<byte> field, long number)
    {
        BinaryPrimitives.WriteInt64BigEndian(field, number);
        return 8;
    }

    private static int Copy(byte[] utf8, Span<byte> field)
    {
        utf8.CopyTo(field);
        return utf8.Length;
    }
}
