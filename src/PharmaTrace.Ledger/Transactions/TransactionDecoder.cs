using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rlp;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// Reads signed transactions from their network encoding (EIP-2718 envelope) and recovers the
/// sender. Every rule broken is reported as a <see cref="FormatException"/> naming the rule.
/// </summary>
internal static class TransactionDecoder
{
    private const int MaxScalarSize = 32;

    public static SignedTransaction Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty)
        {
            throw new FormatException("A signed transaction cannot be empty.");
        }
        try
        {
            // EIP-2718: a first byte of 0xc0 or more is an RLP list, a legacy transaction;
            // 0x00-0x7f is a transaction type.
            return raw[0] switch
            {
                >= 0xc0 => DecodeLegacy(raw),
                (byte)TransactionType.Eip1559 => DecodeEip1559(raw),
                <= 0x7f => throw new FormatException(
                    $"Transaction type 0x{raw[0]:x2} is not supported; only legacy (EIP-155) and EIP-1559 (0x02) are."),
                _ => throw new FormatException($"0x{raw[0]:x2} starts neither a typed nor a legacy transaction."),
            };
        }
        catch (RlpException exception)
        {
            throw new FormatException($"The transaction's RLP is invalid: {exception.Message}", exception);
        }
    }

    private static SignedTransaction DecodeLegacy(ReadOnlySpan<byte> raw)
    {
        var outer = new RlpReader(raw);
        var fields = outer.ReadList();
        outer.EnsureEnd();
        var nonce = fields.ReadUInt64();
        var gasPrice = ReadUInt256(ref fields, "gasPrice");
        var gasLimit = fields.ReadUInt64();
        var to = ReadDestination(ref fields);
        var value = ReadUInt256(ref fields, "value");
        var data = fields.ReadString().ToArray();
        var v = ReadUInt256(ref fields, "v");
        var r = ReadScalar(ref fields, "r");
        var s = ReadScalar(ref fields, "s");
        fields.EnsureEnd();

        // EIP-155: v = chainId * 2 + 35 + yParity. v = 27 or 28 signs for every chain at once.
        if (v == 27 || v == 28)
        {
            throw new FormatException("Pre-EIP-155 transactions (v = 27 or 28) have no replay protection and are refused.");
        }
        if (v < 37)
        {
            throw new FormatException($"v = {v} is not an EIP-155 value for a positive chain id.");
        }
        var chainId = (v - 35) / 2;
        if (chainId > ulong.MaxValue)
        {
            throw new FormatException("The chain id encoded in v does not fit in 64 bits.");
        }
        var transaction = new LegacyTransaction
        {
            ChainId = (ulong)chainId,
            Nonce = nonce,
            GasPrice = gasPrice,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
        };
        return Complete(transaction, r, s, (byte)((v - 35) % 2), raw);
    }

    private static SignedTransaction DecodeEip1559(ReadOnlySpan<byte> raw)
    {
        var outer = new RlpReader(raw[1..]);
        var fields = outer.ReadList();
        outer.EnsureEnd();
        var chainId = fields.ReadUInt64();
        var nonce = fields.ReadUInt64();
        var maxPriorityFeePerGas = ReadUInt256(ref fields, "maxPriorityFeePerGas");
        var maxFeePerGas = ReadUInt256(ref fields, "maxFeePerGas");
        var gasLimit = fields.ReadUInt64();
        var to = ReadDestination(ref fields);
        var value = ReadUInt256(ref fields, "value");
        var data = fields.ReadString().ToArray();
        var accessList = ReadAccessList(ref fields);
        var yParity = fields.ReadUInt64();
        var r = ReadScalar(ref fields, "r");
        var s = ReadScalar(ref fields, "s");
        fields.EnsureEnd();

        if (chainId == 0)
        {
            throw new FormatException("Chain id 0 gives no replay protection and is refused.");
        }
        if (yParity > 1)
        {
            throw new FormatException($"yParity must be 0 or 1, not {yParity}.");
        }
        if (maxPriorityFeePerGas > maxFeePerGas)
        {
            throw new FormatException(Eip1559Transaction.TipAboveFeeCap);
        }
        var transaction = new Eip1559Transaction
        {
            ChainId = chainId,
            Nonce = nonce,
            MaxPriorityFeePerGas = maxPriorityFeePerGas,
            MaxFeePerGas = maxFeePerGas,
            GasLimit = gasLimit,
            To = to,
            Value = value,
            Data = data,
            AccessList = accessList,
        };
        return Complete(transaction, r, s, (byte)yParity, raw);
    }

    private static SignedTransaction Complete(Transaction transaction, ReadOnlySpan<byte> r, ReadOnlySpan<byte> s, byte yParity, ReadOnlySpan<byte> raw)
    {
        Signature signature;
        try
        {
            signature = new Signature(r, s, yParity);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException("The transaction's signature is out of range.", exception);
        }
        if (!signature.IsLowS)
        {
            // EIP-2: s above n/2 would let anyone make a second valid encoding, hence a second hash.
            throw new FormatException("The transaction's signature has s > n/2, which EIP-2 forbids.");
        }
        PublicKey sender;
        try
        {
            sender = PublicKey.Recover(transaction.GetSigningHash(), signature);
        }
        catch (ArgumentException exception)
        {
            throw new FormatException("No sender can be recovered from the transaction's signature.", exception);
        }
        return new SignedTransaction(transaction, signature, sender.Address, raw.ToArray());
    }

    private static List<AccessListEntry> ReadAccessList(ref RlpReader fields)
    {
        var list = fields.ReadList();
        var entries = new List<AccessListEntry>();
        while (list.HasMore)
        {
            var entry = list.ReadList();
            var address = ReadDestination(ref entry) ?? throw new FormatException("An access list entry needs a 20-byte address.");
            var keysReader = entry.ReadList();
            entry.EnsureEnd();
            var keys = new List<ReadOnlyMemory<byte>>();
            while (keysReader.HasMore)
            {
                var key = keysReader.ReadString();
                if (key.Length != AccessListEntry.StorageKeySize)
                {
                    throw new FormatException($"An access list storage key is 32 bytes, not {key.Length}.");
                }
                keys.Add(key.ToArray());
            }
            entries.Add(new AccessListEntry(address, keys));
        }
        return entries;
    }

    /// <summary>20 bytes, or the empty string for a contract creation.</summary>
    private static Address? ReadDestination(ref RlpReader fields)
    {
        var bytes = fields.ReadString();
        return bytes.Length switch
        {
            0 => null,
            Address.Size => new Address(bytes),
            _ => throw new FormatException($"An address is 20 bytes (or empty for a contract creation), not {bytes.Length}."),
        };
    }

    private static BigInteger ReadUInt256(ref RlpReader fields, string name)
    {
        var bytes = ReadScalar(ref fields, name);
        return bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }

    /// <summary>A canonical RLP scalar of at most 256 bits: no leading zero byte, at most 32 bytes.</summary>
    private static ReadOnlySpan<byte> ReadScalar(ref RlpReader fields, string name)
    {
        var bytes = fields.ReadString();
        if (bytes.Length > MaxScalarSize)
        {
            throw new FormatException($"{name} has {bytes.Length} bytes; the limit is 32.");
        }
        if (!bytes.IsEmpty && bytes[0] == 0)
        {
            throw new FormatException($"{name} is not canonical: it has a leading zero byte.");
        }
        return bytes;
    }
}
