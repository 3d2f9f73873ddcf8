using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// An event log as <c>eth_getLogs</c> and receipts return it (execution-apis, "Log object").
/// </summary>
public sealed record RpcLog
{
    /// <summary>The contract that emitted the log.</summary>
    public required Address Address { get; init; }

    /// <summary>Up to four topics; the first is the event signature hash unless the event is anonymous.</summary>
    public required IReadOnlyList<Hash32> Topics { get; init; }

    /// <summary>The ABI-encoded non-indexed arguments.</summary>
    public required ReadOnlyMemory<byte> Data { get; init; }

    /// <summary>The position of the log in its block.</summary>
    public required ulong LogIndex { get; init; }

    /// <summary>The transaction that emitted the log.</summary>
    public required Hash32 TransactionHash { get; init; }

    /// <summary>The position of that transaction in its block.</summary>
    public ulong TransactionIndex { get; init; }

    /// <summary>The block number.</summary>
    public required ulong BlockNumber { get; init; }

    /// <summary>The block hash: with <see cref="BlockNumber"/>, it says which fork the log belongs to.</summary>
    public required Hash32 BlockHash { get; init; }

    /// <summary>
    /// True when a reorganisation removed the log (filter and subscription changes only); a log from
    /// <c>eth_getLogs</c> is on the canonical chain at the time of the call.
    /// </summary>
    public bool Removed { get; init; }
}
