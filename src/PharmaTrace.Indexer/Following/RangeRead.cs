using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Following;

/// <summary>A block range as read from the node: its logs and the headers of the block before it, of its blocks with logs, and of its last block.</summary>
internal sealed record RangeRead(IReadOnlyList<RpcLog> Logs, Dictionary<ulong, RpcBlock> Headers)
{
    /// <summary>A read started ahead of its turn.</summary>
    internal sealed record Pending(ulong From, ulong To, Task<RangeRead> Read);
}
