using System.Text;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Indexer.Tests.World;

/// <summary>A batch of serialised packs and its tree.</summary>
public sealed class TestBatch
{
    private static long _nextLot;

    public TestBatch(int packs, ulong gtin = 0)
    {
        Gtin = gtin == 0 ? LedgerFixture.Gs1Key(400638133393, 14) : gtin;
        Lot = $"L{Interlocked.Increment(ref _nextLot)}-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        Serials = [.. Enumerable.Range(0, packs).Select(i => $"SN{i:D6}{Lot}")];
        SerialHashes = [.. Serials.Select(s => Hash32.Keccak(Encoding.UTF8.GetBytes(s)))];
        Tree = PackMerkleTree.Build(SerialHashes);
        Id = Hash32.Keccak(BatchIdPreimage(Gtin, Lot));
    }

    public ulong Gtin { get; }
    public string Gtin14 => Gtin.ToString("D14", System.Globalization.CultureInfo.InvariantCulture);
    public string Lot { get; }
    public Hash32 Id { get; }
    public IReadOnlyList<string> Serials { get; }
    public IReadOnlyList<Hash32> SerialHashes { get; }
    public PackMerkleTree Tree { get; }
    public const uint Expiry = 20301231;

    /// <summary>Registers with the first <paramref name="firstChunk"/> serial hashes, then publishes the rest in one chunk.</summary>
    public async Task RegisterAsync(LedgerWorld world, TransactionSender manufacturer, int firstChunk, CancellationToken cancellationToken, Hash32? root = null)
    {
        await world.SendAsync(manufacturer, PharmaLedger.EncodeRegisterBatch(Gtin, Lot, Expiry, (uint)Serials.Count, root ?? Tree.Root, [.. SerialHashes.Take(firstChunk)]), cancellationToken);
        if (firstChunk < Serials.Count)
        {
            await world.SendAsync(manufacturer, PharmaLedger.EncodePublishLeaves(Id, (uint)firstChunk, [.. SerialHashes.Skip(firstChunk)]), cancellationToken);
        }
    }

    public PharmaLedger.PackProof Proof(int index) => new(Id, (uint)index, SerialHashes[index], [.. Tree.Proof(index)]);

    // abi.encode(uint64 gtin, string lot): head (gtin, offset 0x40), then length and padded bytes.
    private static byte[] BatchIdPreimage(ulong gtin, string lot)
    {
        var text = Encoding.UTF8.GetBytes(lot);
        var padded = (text.Length + 31) / 32 * 32;
        var encoded = new byte[96 + padded];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(encoded.AsSpan(24, 8), gtin);
        encoded[63] = 0x40;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(encoded.AsSpan(92, 4), text.Length);
        text.CopyTo(encoded, 96);
        return encoded;
    }
}
