namespace PharmaTrace.Ledger.Transactions;

/// <summary>
/// The EIP-2718 transaction type: the first byte of a typed transaction's encoding. Legacy
/// transactions have no type byte; their encoding starts with an RLP list prefix (0xc0 or above).
/// </summary>
#pragma warning disable CA1028 // The EIP-2718 type is one byte on the wire; the enum says so.
public enum TransactionType : byte
#pragma warning restore CA1028
{
    /// <summary>A pre-EIP-2718 transaction, signed with EIP-155 replay protection.</summary>
    Legacy = 0x00,

    /// <summary>An EIP-1559 fee-market transaction (type 2).</summary>
    Eip1559 = 0x02,
}
