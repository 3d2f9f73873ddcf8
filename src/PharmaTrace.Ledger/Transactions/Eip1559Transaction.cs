using System.Collections.ObjectModel;
using System.Numerics;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rlp;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// An EIP-1559 fee-market transaction, type 2:
/// <c>0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList, yParity, r, s])</c>.
/// </summary>
public sealed class Eip1559Transaction : Transaction
{
    /// <summary>EIP-1559's validity rule: assert max_fee_per_gas >= max_priority_fee_per_gas.</summary>
    internal const string TipAboveFeeCap =
        "maxPriorityFeePerGas exceeds maxFeePerGas, which EIP-1559 makes invalid in every block.";

    /// <inheritdoc/>
    public override TransactionType Type => TransactionType.Eip1559;

    /// <summary>The tip per gas to the block producer, on top of the base fee.</summary>
    public required BigInteger MaxPriorityFeePerGas { get; init => field = RequireUInt256(value, nameof(MaxPriorityFeePerGas)); }

    /// <summary>The most the sender pays per gas, base fee and tip together; at least <see cref="MaxPriorityFeePerGas"/>.</summary>
    public required BigInteger MaxFeePerGas { get; init => field = RequireUInt256(value, nameof(MaxFeePerGas)); }

    /// <summary>The EIP-2930 access list; empty by default. Copied on assignment.</summary>
    public IReadOnlyList<AccessListEntry> AccessList
    {
        get;
        init => field = new ReadOnlyCollection<AccessListEntry>([.. value ?? throw new ArgumentNullException(nameof(AccessList))]);
    } = ReadOnlyCollection<AccessListEntry>.Empty;

    private protected override int GetPayloadLength(Signature? signature)
    {
        // Every encoding passes here, so a transaction no block can include is never signed.
        if (MaxPriorityFeePerGas > MaxFeePerGas)
        {
            throw new InvalidOperationException(TipAboveFeeCap);
        }
        var length = RlpEncoder.GetUInt64Length(ChainId)
            + RlpEncoder.GetUInt64Length(Nonce)
            + RlpEncoder.GetBigIntegerLength(MaxPriorityFeePerGas)
            + RlpEncoder.GetBigIntegerLength(MaxFeePerGas)
            + RlpEncoder.GetUInt64Length(GasLimit)
            + GetAddressLength(To)
            + RlpEncoder.GetBigIntegerLength(Value)
            + RlpEncoder.GetStringLength(Data.Span)
            + RlpEncoder.GetListLength(GetAccessListPayloadLength());
        if (signature is { } sig)
        {
            // yParity is 0 or 1: one byte either way (0x80 or 0x01).
            length += 1 + GetScalarLength(sig.R) + GetScalarLength(sig.S);
        }
        return length;
    }

    private protected override void WriteFields(ref RlpWriter writer, Signature? signature)
    {
        writer.WriteUInt64(ChainId);
        writer.WriteUInt64(Nonce);
        writer.WriteBigInteger(MaxPriorityFeePerGas);
        writer.WriteBigInteger(MaxFeePerGas);
        writer.WriteUInt64(GasLimit);
        WriteAddress(ref writer, To);
        writer.WriteBigInteger(Value);
        writer.WriteString(Data.Span);
        WriteAccessList(ref writer);
        if (signature is { } sig)
        {
            writer.WriteUInt64(sig.YParity);
            WriteScalar(ref writer, sig.R);
            WriteScalar(ref writer, sig.S);
        }
    }

    private int GetAccessListPayloadLength()
    {
        var length = 0;
        foreach (var entry in AccessList)
        {
            length += RlpEncoder.GetListLength(entry.GetPayloadLength());
        }
        return length;
    }

    /// <summary>EIP-2930: [[address, [storageKey, ...]], ...].</summary>
    private void WriteAccessList(ref RlpWriter writer)
    {
        writer.WriteListHeader(GetAccessListPayloadLength());
        foreach (var entry in AccessList)
        {
            writer.WriteListHeader(entry.GetPayloadLength());
            WriteAddress(ref writer, entry.Address);
            writer.WriteListHeader(entry.StorageKeys.Count * (1 + AccessListEntry.StorageKeySize));
            foreach (var key in entry.StorageKeys)
            {
                writer.WriteString(key.Span);
            }
        }
    }
}
