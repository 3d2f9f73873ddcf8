using System.Buffers.Binary;
using System.Security.Cryptography;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// The <c>eventID</c> of a ledger event: <c>urn:uuid:</c> and a version-8 UUID (RFC 9562 §5.8, the layout left to
/// the application) that starts with the event's place in the chain and ends with a hash of who it belongs to:
/// <list type="bullet">
/// <item><c>custom_a</c> (48 bits): the block number;</item>
/// <item><c>custom_b</c> (12 bits) and the first 12 bits of <c>custom_c</c>: the log index (24 bits);</item>
/// <item>the other 50 bits of <c>custom_c</c>: the first 50 bits of SHA-256 of chain id (8 bytes, big-endian), contract
/// (20 bytes), transaction hash (32 bytes) and log index (4 bytes, big-endian).</item>
/// </list>
/// A replay of the chain yields the same IDs, and two chains or deployments do not share one (the hash). Because
/// IDs grow with the chain, like RFC 9562's time-ordered UUIDs, an ID names its row (<see cref="TrySeq"/>): the read
/// model needs no index of random IDs, which a catch-up would otherwise rewrite page by page.
/// </summary>
public static class EpcisEventId
{
    private const string Prefix = "urn:uuid:";

    public static string For(EpcisChain chain, LedgerEventContext context)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(context);
        if (!HasSeq(context.BlockNumber, context.LogIndex))
        {
            throw new ArgumentOutOfRangeException(nameof(context), "Block number or log index beyond the read model's seq.");
        }

        Span<byte> name = stackalloc byte[64];
        BinaryPrimitives.WriteUInt64BigEndian(name, chain.ChainId);
        chain.Contract.CopyTo(name[8..28]);
        context.TransactionHash.CopyTo(name[28..60]);
        BinaryPrimitives.WriteInt32BigEndian(name[60..], context.LogIndex);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(name, hash);
        var logIndex = (ulong)context.LogIndex;
        // High half: block (48) | version 8 (4) | log index bits 23..12 (12).
        var high = (context.BlockNumber << 16) | (0x8UL << 12) | (logIndex >> 12);
        // Low half: variant 10 (2) | log index bits 11..0 (12) | 50 bits of the hash.
        var low = (0b10UL << 62) | ((logIndex & 0xFFF) << 50) | (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 14);
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return Prefix + new Guid(bytes, bigEndian: true).ToString("D");
    }

    /// <summary>
    /// The <c>seq</c> (<see cref="EpcisSchema.Seq"/>) of the event an ID names; false when the text is not one of
    /// our IDs. The row at that seq is the event only if its stored ID is this text (another chain's ID can name
    /// the same place).
    /// </summary>
    public static bool TrySeq(string eventId, out long seq)
    {
        seq = 0;
        if (eventId is null || !eventId.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || !Guid.TryParseExact(eventId.AsSpan(Prefix.Length), "D", out var guid))
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[16];
        guid.TryWriteBytes(bytes, bigEndian: true, out _);
        var high = BinaryPrimitives.ReadUInt64BigEndian(bytes);
        var low = BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]);
        if (((high >> 12) & 0xF) != 0x8 || (low >> 62) != 0b10)
        {
            return false;
        }

        var block = high >> 16;
        var logIndex = (int)(((high & 0xFFF) << 12) | ((low >> 50) & 0xFFF));
        if (!HasSeq(block, logIndex))
        {
            return false;
        }

        seq = EpcisSchema.Seq(block, logIndex);
        return true;
    }

    // Whether the place has a seq (EpcisSchema.Seq): a log index under its limit and a block whose seq fits a
    // long. Both lie well inside the ID's 48 and 24 bits.
    private static bool HasSeq(ulong block, int logIndex) =>
        logIndex is >= 0 and < EpcisSchema.LogIndexLimit && block < (ulong)(long.MaxValue / EpcisSchema.LogIndexLimit);
}
