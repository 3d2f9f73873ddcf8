using System.Buffers;
using System.Numerics;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rlp;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// An unsigned Ethereum transaction: the fields every type shares, the signing hash, and
/// <see cref="Sign"/>. Immutable; the concrete types are <see cref="LegacyTransaction"/> and
/// <see cref="Eip1559Transaction"/>.
/// </summary>
public abstract class Transaction
{
    /// <summary>The largest value of a 256-bit EVM word, the range of every amount field.</summary>
    private static readonly BigInteger MaxUInt256 = (BigInteger.One << 256) - 1;

    private protected Transaction()
    {
    }

    /// <summary>The EIP-2718 type.</summary>
    public abstract TransactionType Type { get; }

    /// <summary>The chain the signature is bound to (EIP-155). Zero is refused: it would mean no replay protection.</summary>
    public required ulong ChainId
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(ChainId), "The chain id must be positive (EIP-155).");
    }

    /// <summary>The sender's transaction count; 64 bits, as EIP-2681 caps it.</summary>
    public required ulong Nonce { get; init; }

    /// <summary>The gas limit.</summary>
    public required ulong GasLimit { get; init; }

    /// <summary>
    /// The recipient, or <see langword="null"/> to create a contract. Required so that forgetting it
    /// cannot silently turn a transfer into a contract creation.
    /// </summary>
    public required Address? To { get; init; }

    /// <summary>Wei sent with the transaction, 0 to 2^256 - 1.</summary>
    public BigInteger Value { get; init => field = RequireUInt256(value, nameof(Value)); }

    /// <summary>Call data, or init code for a contract creation. Copied on assignment.</summary>
    public ReadOnlyMemory<byte> Data { get; init => field = value.ToArray(); }

    /// <summary>
    /// The bytes the signature covers: for legacy, rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0])
    /// (EIP-155); for typed transactions, type || rlp(fields without the signature) (EIP-2718).
    /// </summary>
    public byte[] GetSigningPayload()
    {
        var payloadLength = GetPayloadLength(null);
        var bytes = new byte[GetEncodedLength(payloadLength)];
        EncodeInto(bytes, payloadLength, null);
        return bytes;
    }

    /// <summary>keccak256 of <see cref="GetSigningPayload"/>: the 32-byte hash the sender signs.</summary>
    public byte[] GetSigningHash()
    {
        var hash = new byte[Keccak256.Size];
        ComputeSigningHash(hash);
        return hash;
    }

    /// <summary>Signs with <paramref name="key"/>: RFC 6979 nonce, low S (EIP-2).</summary>
    public SignedTransaction Sign(PrivateKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> hash = stackalloc byte[Keccak256.Size];
        ComputeSigningHash(hash);
        var signature = key.Sign(hash);
        return new SignedTransaction(this, signature, key.Address, Encode(signature));
    }

    /// <summary>The network encoding with <paramref name="signature"/>, as sent to eth_sendRawTransaction.</summary>
    internal byte[] Encode(Signature signature)
    {
        var payloadLength = GetPayloadLength(signature);
        var bytes = new byte[GetEncodedLength(payloadLength)];
        EncodeInto(bytes, payloadLength, signature);
        return bytes;
    }

    /// <summary>The size of the RLP list payload: the fields, then the signature or the unsigned tail.</summary>
    private protected abstract int GetPayloadLength(Signature? signature);

    /// <summary>Writes the list items whose sizes <see cref="GetPayloadLength"/> adds up.</summary>
    private protected abstract void WriteFields(ref RlpWriter writer, Signature? signature);

    private protected static BigInteger RequireUInt256(BigInteger value, string name) =>
        value.Sign >= 0 && value <= MaxUInt256
            ? value
            : throw new ArgumentOutOfRangeException(name, value, "Amounts are unsigned 256-bit integers.");

    private protected static int GetAddressLength(Address? address) =>
        address is null ? 1 : 1 + Address.Size;

    /// <summary>Writes 20 bytes, or the empty string for a contract creation (Yellow Paper, section 4.2: T_t = ∅).</summary>
    private protected static void WriteAddress(ref RlpWriter writer, Address? address)
    {
        // A heap copy, not stackalloc: RlpWriter.WriteString's span parameter is not `scoped`, so the
        // compiler will not let a stack buffer reach a writer that lives in the caller's frame.
        writer.WriteString(address is { } value ? value.ToArray() : []);
    }

    /// <summary>r and s are RLP scalars: their 32 bytes without leading zeros.</summary>
    private protected static int GetScalarLength(ReadOnlySpan<byte> bigEndian) =>
        RlpEncoder.GetStringLength(TrimLeadingZeros(bigEndian));

    private protected static void WriteScalar(ref RlpWriter writer, ReadOnlySpan<byte> bigEndian) =>
        writer.WriteString(TrimLeadingZeros(bigEndian));

    private static ReadOnlySpan<byte> TrimLeadingZeros(ReadOnlySpan<byte> bigEndian)
    {
        var first = bigEndian.IndexOfAnyExcept((byte)0);
        return first < 0 ? [] : bigEndian[first..];
    }

    private int GetEncodedLength(int payloadLength) =>
        (Type == TransactionType.Legacy ? 0 : 1) + RlpEncoder.GetListLength(payloadLength);

    private void EncodeInto(Span<byte> destination, int payloadLength, Signature? signature)
    {
        if (Type != TransactionType.Legacy)
        {
            // EIP-2718: TransactionType || TransactionPayload.
            destination[0] = (byte)Type;
            destination = destination[1..];
        }
        var writer = new RlpWriter(destination);
        writer.WriteListHeader(payloadLength);
        WriteFields(ref writer, signature);
    }

    private void ComputeSigningHash(Span<byte> hash)
    {
        var payloadLength = GetPayloadLength(null);
        var length = GetEncodedLength(payloadLength);
        // Pooled: the payload is only hashed, and signing throughput matters.
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            EncodeInto(buffer.AsSpan(0, length), payloadLength, null);
            Keccak256.Hash(buffer.AsSpan(0, length), hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
