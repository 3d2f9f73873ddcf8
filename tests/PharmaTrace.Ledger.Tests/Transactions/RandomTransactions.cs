using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Transactions;

/// <summary>
/// Random transactions from a seeded <see cref="Random"/>, biased towards RLP edge cases: zero
/// (0x80), single bytes below and above 0x80, the 55/56-byte short/long header boundary, empty and
/// 32-byte amounts, 64-bit chain ids and gas limits, contract creations and access lists.
/// </summary>
internal static class RandomTransactions
{
    public static Transaction Create(Random random)
    {
        var chainId = random.Next(5) switch
        {
            0 => 1UL,
            1 => 31337UL,
            2 => 11_155_111UL,
            3 => (ulong)random.Next(1, int.MaxValue),
            _ => RandomUInt64(random) | 1,
        };
        // ethers keeps the nonce in a JavaScript number, so the peer can only take values below 2^53.
        var nonce = random.Next(3) switch
        {
            0 => 0UL,
            1 => (ulong)random.Next(1, 300),
            _ => (ulong)random.NextInt64(0, 1L << 53),
        };
        var gasLimit = random.Next(3) switch
        {
            0 => 21_000UL,
            1 => (ulong)random.Next(),
            _ => RandomUInt64(random),
        };
        Address? to = random.Next(8) == 0 ? null : RandomAddress(random);
        var value = RandomUInt256(random);
        var data = RandomData(random);
        if (random.Next(2) == 0)
        {
            return new LegacyTransaction
            {
                ChainId = chainId, Nonce = nonce, GasPrice = RandomUInt256(random), GasLimit = gasLimit, To = to, Value = value, Data = data,
            };
        }
        // EIP-1559 requires maxPriorityFeePerGas <= maxFeePerGas.
        var (tip, feeCap) = (RandomUInt256(random), RandomUInt256(random));
        return new Eip1559Transaction
        {
            ChainId = chainId,
            Nonce = nonce,
            MaxPriorityFeePerGas = BigInteger.Min(tip, feeCap),
            MaxFeePerGas = BigInteger.Max(tip, feeCap),
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            AccessList = RandomAccessList(random),
        };
    }

    private static ulong RandomUInt64(Random random)
    {
        Span<byte> bytes = stackalloc byte[8];
        random.NextBytes(bytes);
        return BitConverter.ToUInt64(bytes);
    }

    private static BigInteger RandomUInt256(Random random)
    {
        switch (random.Next(5))
        {
            case 0:
                return BigInteger.Zero;
            case 1:
                return random.Next(1, 256);
            case 2:
                return random.NextInt64();
            default:
                var bytes = new byte[random.Next(1, 33)];
                random.NextBytes(bytes);
                return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        }
    }

    private static byte[] RandomData(Random random)
    {
        var length = random.Next(6) switch
        {
            0 => 0,
            1 => 1,
            2 => random.Next(54, 58),
            3 => random.Next(2, 56),
            4 => random.Next(56, 300),
            _ => random.Next(300, 2000),
        };
        var data = new byte[length];
        random.NextBytes(data);
        return data;
    }

    private static Address RandomAddress(Random random)
    {
        Span<byte> bytes = stackalloc byte[Address.Size];
        random.NextBytes(bytes);
        return new Address(bytes);
    }

    private static List<AccessListEntry> RandomAccessList(Random random)
    {
        var entries = new List<AccessListEntry>();
        for (var i = random.Next(4) == 0 ? random.Next(1, 4) : 0; i > 0; i--)
        {
            var keys = new List<ReadOnlyMemory<byte>>();
            for (var k = random.Next(4); k > 0; k--)
            {
                var key = new byte[AccessListEntry.StorageKeySize];
                random.NextBytes(key);
                keys.Add(key);
            }
            entries.Add(new AccessListEntry(RandomAddress(random), keys));
        }
        return entries;
    }
}
