using System.Collections.Concurrent;
using System.Globalization;
using PharmaTrace.Api.Storage;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Api.Security;

/// <summary>
/// The hosted participants' signing keys: generated here or imported, sealed with the
/// <see cref="KeyEncryptionKey"/> in <c>api.db</c>, opened into memory on first use. Keys never
/// leave this class except as signatures: no method returns key bytes, and <see cref="PrivateKey"/>'s
/// ToString shows only the address.
/// </summary>
public sealed class SigningKeyVault(ApiDatabase database, KeyEncryptionKey kek, IHostEnvironment environment) : IDisposable
{
    private readonly ConcurrentDictionary<Address, PrivateKey> _open = new();

    /// <summary>Generates and stores a new key; returns its address.</summary>
    public Address Generate()
    {
        var key = PrivateKey.Generate();
        Store(key);
        return key.Address;
    }

    /// <summary>Stores an existing key (hex); the published test keys are refused outside Development.</summary>
    /// <exception cref="ArgumentException">The key is one of the published test keys and this is not Development.</exception>
    public Address Import(string hex)
    {
        var key = PrivateKey.FromHex(hex);
        if (WellKnownTestAccounts.Contains(key.Address) && !environment.IsDevelopment())
        {
            key.Dispose();
            throw new ArgumentException($"The key of {key.Address} is a published Hardhat/Anvil test key; it is accepted in Development only.", nameof(hex));
        }
        Store(key);
        return key.Address;
    }

    /// <summary>Whether this service holds the key of <paramref name="address"/>.</summary>
    public bool Holds(Address address) => _open.ContainsKey(address) || Load(address) is not null;

    /// <summary>The key of <paramref name="address"/>, opened; throws when the service does not host it.</summary>
    internal PrivateKey Get(Address address) =>
        _open.TryGetValue(address, out var key) ? key
        : Load(address) ?? throw new KeyNotFoundException($"This service holds no signing key for {address}.");

    public void Dispose()
    {
        foreach (var key in _open.Values)
        {
            key.Dispose();
        }
        _open.Clear();
    }

    private void Store(PrivateKey key)
    {
        var address = key.Address;
        var plain = key.ExportBytes();
        try
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO signing_keys (address, sealed, created_at) VALUES ($a, $s, $t)";
            command.Parameters.AddWithValue("$a", address.ToLowerHexString());
            command.Parameters.AddWithValue("$s", kek.Seal(plain, address.ToArray()));
            command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }
        finally
        {
            Array.Clear(plain);
        }
        if (!_open.TryAdd(address, key))
        {
            key.Dispose();
        }
    }

    private PrivateKey? Load(Address address)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sealed FROM signing_keys WHERE address = $a";
        command.Parameters.AddWithValue("$a", address.ToLowerHexString());
        if (command.ExecuteScalar() is not byte[] sealedBytes)
        {
            return null;
        }
        var plain = kek.Open(sealedBytes, address.ToArray());
        try
        {
            var key = PrivateKey.FromBytes(plain);
            return _open.GetOrAdd(address, key) is var kept && !ReferenceEquals(kept, key) ? Dispose(key, kept) : key;
        }
        finally
        {
            Array.Clear(plain);
        }
    }

    private static PrivateKey Dispose(PrivateKey loser, PrivateKey winner)
    {
        loser.Dispose();
        return winner;
    }
}
