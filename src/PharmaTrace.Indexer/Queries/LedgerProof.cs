using System.ComponentModel;

namespace PharmaTrace.Indexer.Queries;

/// <summary>Where a fact is written on the chain: enough to check it against any node.</summary>
[Description("The transaction, block and log that prove a fact; check it with eth_getTransactionReceipt on any node.")]
public sealed record LedgerProof(
    [property: Description("The transaction hash, 0x and 64 lowercase hex digits.")] string TransactionHash,
    [property: Description("The block number.")] long BlockNumber,
    [property: Description("The log's index in its block.")] long LogIndex);
