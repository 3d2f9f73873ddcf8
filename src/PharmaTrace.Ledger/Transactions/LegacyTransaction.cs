using System.Numerics;
using PharmaTrace.Ledger.Rlp;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// A legacy (pre-EIP-2718) transaction with EIP-155 replay protection: the chain id is part of the
/// signed data and of v = chainId * 2 + 35 + yParity.
/// </summary>
public sealed class LegacyTransaction : Transaction
{
    /// <inheritdoc/>
    public override TransactionType Type => TransactionType.Legacy;

    /// <summary>Wei paid per unit of gas.</summary>
    public required BigInteger GasPrice { get; init => field = RequireUInt256(value, nameof(GasPrice)); }

    /// <summary>EIP-155: v = chainId * 2 + 35 + yParity. A BigInteger because it can pass 64 bits.</summary>
    internal static BigInteger GetV(ulong chainId, Signature signature) =>
        (new BigInteger(chainId) * 2) + 35 + signature.YParity;

    private protected override int GetPayloadLength(Signature? signature)
    {
        var length = RlpEncoder.GetUInt64Length(Nonce)
            + RlpEncoder.GetBigIntegerLength(GasPrice)
            + RlpEncoder.GetUInt64Length(GasLimit)
            + GetAddressLength(To)
            + RlpEncoder.GetBigIntegerLength(Value)
            + RlpEncoder.GetStringLength(Data.Span);
        if (signature is { } sig)
        {
            return length + RlpEncoder.GetBigIntegerLength(GetV(ChainId, sig)) + GetScalarLength(sig.R) + GetScalarLength(sig.S);
        }
        // EIP-155 signing data ends with chainId, 0, 0; each zero is the empty string 0x80.
        return length + RlpEncoder.GetUInt64Length(ChainId) + 2;
    }

    private protected override void WriteFields(ref RlpWriter writer, Signature? signature)
    {
        writer.WriteUInt64(Nonce);
        writer.WriteBigInteger(GasPrice);
        writer.WriteUInt64(GasLimit);
        WriteAddress(ref writer, To);
        writer.WriteBigInteger(Value);
        writer.WriteString(Data.Span);
        if (signature is { } sig)
        {
            writer.WriteBigInteger(GetV(ChainId, sig));
            WriteScalar(ref writer, sig.R);
            WriteScalar(ref writer, sig.S);
        }
        else
        {
            writer.WriteUInt64(ChainId);
            writer.WriteUInt64(0);
            writer.WriteUInt64(0);
        }
    }
}
