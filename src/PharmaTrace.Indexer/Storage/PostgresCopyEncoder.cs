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
    private const int ChunkSize = 256 * 1024;
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];

    // The chunks of a range's rows, held until its flush: a pool of their own, since a range fills dozens at once and
    // the shared pool keeps only a few arrays of a size (each one more it allocates and clears on the large object heap).
    private static readonly ArrayPool<byte> Chunks = ArrayPool<byte>.Create(4 * ChunkSize, 256);

    private readonly List<(byte[] Buffer, int Length)> _full = [];
    private byte[] _chunk = [];
    private int _length;

    /// <summary>The rows encoded since the last <see cref="WriteAsync"/>.</summary>
    public int Rows { get; private set; }

    /// <summary>Encodes <paramref name="row"/> after the others, in a new chunk when the current one has no room for it.</summary>
    public void Add(object?[] row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (_chunk.Length == 0)
        {
            _chunk = Chunks.Rent(Math.Max(ChunkSize, HeaderSize + MaxSize(row)));
            Header();
        }
        else if (_length + MaxSize(row) > _chunk.Length)
        {
            _full.Add((_chunk, _length));
            _chunk = Chunks.Rent(Math.Max(ChunkSize, MaxSize(row)));
            _length = 0;
        }
        Write(row);
        Rows++;
    }

    /// <summary>The rows to <paramref name="stream"/>, a COPY's, then the end of the data; the encoder is then empty.</summary>
    public async Task WriteAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // MaxSize leaves room for the trailer after every row.
        BinaryPrimitives.WriteInt16BigEndian(_chunk.AsSpan(_length), -1);
        _length += 2;
        foreach (var (buffer, length) in _full)
        {
            await stream.WriteAsync(buffer.AsMemory(0, length), cancellationToken);
        }
        await stream.WriteAsync(_chunk.AsMemory(0, _length), cancellationToken);
        Return();
    }

    /// <summary>Gives the chunks back to the pool and forgets their rows.</summary>
    public void Return()
    {
        foreach (var (buffer, _) in _full)
        {
            Chunks.Return(buffer);
        }
        _full.Clear();
        if (_chunk.Length > 0)
        {
            Chunks.Return(_chunk);
        }
        _chunk = [];
        _length = 0;
        Rows = 0;
    }

    private const int HeaderSize = 19;

    // The signature, no flags (no OIDs) and an empty header extension.
    private void Header()
    {
        Signature.CopyTo(_chunk, 0);
        BinaryPrimitives.WriteInt32BigEndian(_chunk.AsSpan(11), 0);
        BinaryPrimitives.WriteInt32BigEndian(_chunk.AsSpan(15), 0);
        _length = HeaderSize;
    }

    private void Write(object?[] row)
    {
        var span = _chunk.AsSpan();
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
