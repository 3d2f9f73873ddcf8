using System.Security.Cryptography;
using PharmaTrace.Api.Hosting;

namespace PharmaTrace.Api.Security;

/// <summary>
/// Seals signing keys at rest with AES-256-GCM (NIST SP 800-38D) under the key-encryption key from
/// <c>PharmaTrace:Security:KeyEncryptionKey</c> (base64, 32 bytes). In Development a missing one is
/// generated into <c>$DATA/secrets/kek</c>; elsewhere it is a start-up error, because keys sealed
/// under a key stored beside them would not be protected at all.
/// </summary>
public sealed class KeyEncryptionKey
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    private KeyEncryptionKey(byte[] key) => _key = key;

    /// <summary>Reads the key from configuration, or in Development from (or into) the data directory.</summary>
    public static KeyEncryptionKey Load(IConfiguration configuration, IHostEnvironment environment, ApiSettings settings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(settings);
        if (configuration["PharmaTrace:Security:KeyEncryptionKey"] is { Length: > 0 } configured)
        {
            return new KeyEncryptionKey(Decode(configured, "PharmaTrace:Security:KeyEncryptionKey"));
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "PharmaTrace:Security:KeyEncryptionKey is not set: outside Development the key that seals the signing keys must come from configuration (base64 of 32 random bytes).");
        }
        var path = Path.Combine(settings.DataDirectory, "secrets", "kek");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return new KeyEncryptionKey(Decode(File.ReadAllText(path).Trim(), path));
    }

    /// <summary>Nonce, ciphertext and tag; <paramref name="context"/> (the address) is bound as associated data.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> context)
    {
        var sealedBytes = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceSize, plaintext.Length), sealedBytes.AsSpan(NonceSize + plaintext.Length), context);
        return sealedBytes;
    }

    /// <summary>Opens what <see cref="Seal"/> produced; a wrong key or tampered bytes throw.</summary>
    public byte[] Open(ReadOnlySpan<byte> sealedBytes, ReadOnlySpan<byte> context)
    {
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes[..NonceSize], sealedBytes.Slice(NonceSize, length), sealedBytes[(NonceSize + length)..], plaintext, context);
        return plaintext;
    }

    private static byte[] Decode(string base64, string source)
    {
        var bytes = Convert.TryFromBase64String(base64, new byte[32], out var written) && written == 32
            ? Convert.FromBase64String(base64)
            : throw new InvalidOperationException($"The key-encryption key from {source} must be base64 of exactly 32 bytes.");
        return bytes;
    }
}
