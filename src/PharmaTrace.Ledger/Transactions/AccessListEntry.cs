using System.Collections.ObjectModel;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// One entry of an EIP-2930 access list: an address and the storage slots of it the transaction
/// declares it will touch (which makes them cheaper to access, EIP-2929).
/// </summary>
public sealed class AccessListEntry
{
    /// <summary>Size of a storage key in bytes.</summary>
    public const int StorageKeySize = 32;

    /// <summary>Creates an entry; each storage key must be 32 bytes and is copied.</summary>
    /// <exception cref="ArgumentException">A storage key is not 32 bytes.</exception>
    public AccessListEntry(Address address, IEnumerable<ReadOnlyMemory<byte>> storageKeys)
    {
        ArgumentNullException.ThrowIfNull(storageKeys);
        var keys = new List<ReadOnlyMemory<byte>>();
        foreach (var key in storageKeys)
        {
            if (key.Length != StorageKeySize)
            {
                throw new ArgumentException("A storage key is exactly 32 bytes.", nameof(storageKeys));
            }
            keys.Add(key.ToArray());
        }
        Address = address;
        StorageKeys = keys.AsReadOnly();
    }

    /// <summary>The account whose storage is accessed.</summary>
    public Address Address { get; }

    /// <summary>The storage keys, 32 bytes each.</summary>
    public ReadOnlyCollection<ReadOnlyMemory<byte>> StorageKeys { get; }

    /// <summary>The payload of this entry's RLP list: [address, [key, ...]].</summary>
    internal int GetPayloadLength() =>
        (1 + Address.Size) + Rlp.RlpEncoder.GetListLength(StorageKeys.Count * (1 + StorageKeySize));
}
