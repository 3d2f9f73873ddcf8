using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace PharmaTrace.Indexer.Epcis.Query;

/// <summary>
/// The opaque <c>nextPageToken</c>: a keyset cursor (last sort value and seq), the count delivered so far (for
/// <c>eventCountLimit</c>) and the query's fingerprint, signed with HMAC-SHA256 under a key of this process.
/// A token is good for the query that issued it and until the host restarts (the binding lets tokens expire);
/// a forged, truncated or foreign token is a QueryParameterException.
/// </summary>
public sealed class EpcisPageToken
{
    private const int PayloadSize = 8 + 8 + 4;
    private const int MacSize = 16;
    private readonly byte[] _key;

    public EpcisPageToken(byte[]? key = null) => _key = key ?? RandomNumberGenerator.GetBytes(32);

    public string Encode(EpcisCursor cursor, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var token = new byte[PayloadSize + MacSize];
        BinaryPrimitives.WriteInt64BigEndian(token, cursor.SortValue);
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(8), cursor.Seq);
        BinaryPrimitives.WriteInt32BigEndian(token.AsSpan(16), cursor.Delivered);
        Mac(token.AsSpan(0, PayloadSize), fingerprint).CopyTo(token.AsSpan(PayloadSize));
        return WebEncoders.Base64UrlEncode(token);
    }

    public EpcisCursor Decode(string token, string fingerprint)
    {
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(token);
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        if (bytes.Length != PayloadSize + MacSize
            || !CryptographicOperations.FixedTimeEquals(Mac(bytes.AsSpan(0, PayloadSize), fingerprint), bytes.AsSpan(PayloadSize)))
        {
            throw Invalid();
        }

        return new EpcisCursor(
            BinaryPrimitives.ReadInt64BigEndian(bytes),
            BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(8)),
            BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
    }

    private byte[] Mac(ReadOnlySpan<byte> payload, string fingerprint)
    {
        var data = new byte[payload.Length + Encoding.UTF8.GetByteCount(fingerprint)];
        payload.CopyTo(data);
        Encoding.UTF8.GetBytes(fingerprint, data.AsSpan(payload.Length));
        return HMACSHA256.HashData(_key, data)[..MacSize];
    }

    private static EpcisQueryParameterException Invalid() =>
        new("nextPageToken", "is not a token this repository issued for this query (tokens end when the query's parameters change or the server restarts)");
}
