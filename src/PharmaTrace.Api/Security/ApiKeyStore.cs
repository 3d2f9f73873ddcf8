using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using PharmaTrace.Api.Storage;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Security;

/// <summary>
/// API keys: 32 random bytes shown once as <c>pt_</c> + base64url, stored only as their SHA-256. A key
/// of 256 random bits needs no slow hash (nothing to brute-force); the lookup is by hash, and the
/// found hash is compared again in constant time.
/// </summary>
public sealed class ApiKeyStore(ApiDatabase database)
{
    private const string Prefix = "pt_";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    // Known keys by hash for a short while, so a busy client costs no database read per request.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (ParticipantIdentity Identity, DateTimeOffset Until)> _recent = new();

    /// <summary>Issues a new key for a participant and returns it; it is never readable again.</summary>
    public string Issue(Address participant, PharmaLedger.Role role, string country, string name)
    {
        var key = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO api_keys (key_hash, participant, role, country, name, created_at) VALUES ($h, $p, $r, $c, $n, $t)";
        command.Parameters.AddWithValue("$h", Hash(key));
        command.Parameters.AddWithValue("$p", participant.ToLowerHexString());
        command.Parameters.AddWithValue("$r", role.ToString());
        command.Parameters.AddWithValue("$c", country);
        command.Parameters.AddWithValue("$n", name);
        command.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
        return key;
    }

    /// <summary>The participant a presented key belongs to, or <see langword="null"/>.</summary>
    public ParticipantIdentity? Find(string presented)
    {
        if (!presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }
        var hash = Hash(presented);
        var cacheKey = Convert.ToHexString(hash);
        if (_recent.TryGetValue(cacheKey, out var cached) && cached.Until > DateTimeOffset.UtcNow)
        {
            return cached.Identity;
        }
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key_hash, participant, role, country, name FROM api_keys WHERE key_hash = $h";
        command.Parameters.AddWithValue("$h", hash);
        using var reader = command.ExecuteReader();
        if (!reader.Read() || !CryptographicOperations.FixedTimeEquals((byte[])reader[0], hash))
        {
            return null;
        }
        var identity = new ParticipantIdentity(
            Address.Parse(reader.GetString(1)), Enum.Parse<PharmaLedger.Role>(reader.GetString(2)), reader.GetString(3), reader.GetString(4));
        _recent[cacheKey] = (identity, DateTimeOffset.UtcNow + CacheFor);
        return identity;
    }

    private static byte[] Hash(string key) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key));
}
