using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// A signed transaction: its fields, signature, sender, network encoding and hash. Made by
/// <see cref="Transaction.Sign"/> or read from raw bytes by <see cref="Decode"/>.
/// </summary>
public sealed class SignedTransaction
{
    private readonly byte[] _raw;
    private readonly byte[] _hash;

    internal SignedTransaction(Transaction transaction, Signature signature, Address sender, byte[] raw)
    {
        Transaction = transaction;
        Signature = signature;
        Sender = sender;
        _raw = raw;
        _hash = Keccak256.Hash(raw);
    }

    /// <summary>The signed fields.</summary>
    public Transaction Transaction { get; }

    /// <summary>The signature, always low S (EIP-2).</summary>
    public Signature Signature { get; }

    /// <summary>The account that signed: the signing key's address, or the one recovered on decoding.</summary>
    public Address Sender { get; }

    /// <summary>The network encoding, the argument of eth_sendRawTransaction.</summary>
    public ReadOnlyMemory<byte> RawBytes => _raw;

    /// <summary>The transaction hash: keccak256 of <see cref="RawBytes"/> (EIP-2718 for typed transactions).</summary>
    public ReadOnlyMemory<byte> Hash => _hash;

    /// <summary>
    /// Decodes a signed legacy (EIP-155) or EIP-1559 transaction and recovers its sender. Only the
    /// canonical encoding is accepted, so the re-encoding and hash equal the input's.
    /// </summary>
    /// <exception cref="FormatException">
    /// The bytes are malformed or non-canonical, of another type, a pre-EIP-155 legacy transaction,
    /// high S (EIP-2), or no sender can be recovered.
    /// </exception>
    public static SignedTransaction Decode(ReadOnlySpan<byte> raw) => TransactionDecoder.Decode(raw);

    /// <summary>The type, hash and sender; nothing secret is in a signed transaction.</summary>
    public override string ToString() => $"{Transaction.Type} transaction {Hex.Encode(_hash)} from {Sender}";
}
