using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Pharmacy.Index;

/// <summary>
/// The in-memory index verification reads instead of the chain: per GTIN, serial hash to (batch, leaf
/// index); per batch, its tree and state. Fed from the read model by <see cref="ReadModelPackFeed"/>;
/// read by many requests at once under a reader lock, written in short bursts under the writer lock.
/// Memory: about 48 bytes per serial in the dictionaries plus 68 bytes per pack in the trees, so
/// roughly 120 MB for 1,000,000 packs.
/// </summary>
public sealed class PackIndex : IDisposable
{
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly List<IndexedBatch> _batches = [];
    private readonly Dictionary<Hash32, int> _batchOrdinals = [];
    private readonly Dictionary<ulong, Dictionary<Hash32, PackLocation>> _serialsByGtin = [];
    private readonly Dictionary<(ulong Gtin, string Lot), int> _batchesByLot = [];

    // GS1 wants a serial unique per GTIN, but the ledger does not enforce it across lots: the rare serial
    // registered in several batches keeps every location here, and the scanned lot picks between them.
    private readonly Dictionary<(ulong Gtin, Hash32 Serial), List<PackLocation>> _sharedSerials = [];
    private readonly Dictionary<Address, ParticipantEntry> _participants = [];

    /// <summary>The last block whose rows are all in the index.</summary>
    public ulong AsOfBlock { get; private set; }

    /// <summary>The chain the rows come from, once the feed knows it.</summary>
    public ulong? ChainId { get; private set; }

    /// <summary>The PharmaLedger contract the rows come from, once the feed knows it.</summary>
    public Address? Contract { get; private set; }

    /// <summary>The number of serials indexed.</summary>
    public long SerialCount { get; private set; }

    /// <summary>Runs <paramref name="read"/> under the reader lock; it must copy out what it needs.</summary>
    public T Read<T>(Func<PackIndexView, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        _lock.EnterReadLock();
        try
        {
            return read(new PackIndexView(this));
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Applies a set of changes under the writer lock.</summary>
    public void Write(Action<PackIndexWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _lock.EnterWriteLock();
        try
        {
            write(new PackIndexWriter(this));
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    internal IndexedBatch? FindBatch(Hash32 batchId) =>
        _batchOrdinals.TryGetValue(batchId, out var ordinal) ? _batches[ordinal] : null;

    internal IndexedBatch? FindBatch(ulong gtin, string lot) =>
        _batchesByLot.TryGetValue((gtin, lot), out var ordinal) ? _batches[ordinal] : null;

    internal bool HasProduct(ulong gtin) => _serialsByGtin.ContainsKey(gtin);

    internal (IndexedBatch Batch, uint Index)? FindSerial(ulong gtin, Hash32 serialHash, string? lot)
    {
        if (!_serialsByGtin.TryGetValue(gtin, out var serials) || !serials.TryGetValue(serialHash, out var location))
        {
            return null;
        }

        if (lot is not null && _sharedSerials.TryGetValue((gtin, serialHash), out var shared))
        {
            foreach (var candidate in shared)
            {
                if (string.Equals(_batches[candidate.BatchOrdinal].Registration.Lot, lot, StringComparison.Ordinal))
                {
                    location = candidate;
                    break;
                }
            }
        }

        return (_batches[location.BatchOrdinal], location.Index);
    }

    internal ParticipantEntry? FindParticipant(Address address) => _participants.GetValueOrDefault(address);

    internal void AddBatch(BatchRegistration registration)
    {
        if (_batchOrdinals.ContainsKey(registration.BatchId))
        {
            return;
        }

        _batchOrdinals[registration.BatchId] = _batches.Count;
        _batchesByLot[(registration.Gtin, registration.Lot)] = _batches.Count;
        _batches.Add(new IndexedBatch(registration));
        if (!_serialsByGtin.ContainsKey(registration.Gtin))
        {
            _serialsByGtin[registration.Gtin] = [];
        }
    }

    internal bool AddLeaves(Hash32 batchId, uint firstIndex, IReadOnlyList<Hash32> serialHashes)
    {
        if (!_batchOrdinals.TryGetValue(batchId, out var ordinal))
        {
            return false;
        }

        var batch = _batches[ordinal];
        if (!batch.AppendLeaves(firstIndex, serialHashes))
        {
            return false;
        }

        var serials = _serialsByGtin[batch.Registration.Gtin];
        serials.EnsureCapacity(serials.Count + serialHashes.Count);
        for (var i = 0; i < serialHashes.Count; i++)
        {
            var location = new PackLocation(ordinal, firstIndex + (uint)i);
            if (!serials.TryAdd(serialHashes[i], location))
            {
                var key = (batch.Registration.Gtin, serialHashes[i]);
                if (!_sharedSerials.TryGetValue(key, out var shared))
                {
                    _sharedSerials[key] = shared = [serials[serialHashes[i]]];
                }

                shared.Add(location);
            }
        }

        SerialCount += serialHashes.Count;
        return true;
    }

    internal void AddParticipant(ParticipantEntry participant) => _participants[participant.Address] = participant;

    internal void MoveTo(ulong block) => AsOfBlock = block;

    internal void SetLedger(ulong chainId, Address contract)
    {
        ChainId = chainId;
        Contract = contract;
    }

    internal void Clear()
    {
        _batches.Clear();
        _batchOrdinals.Clear();
        _serialsByGtin.Clear();
        _batchesByLot.Clear();
        _participants.Clear();
        _sharedSerials.Clear();
        SerialCount = 0;
        AsOfBlock = 0;
    }
}
