using PharmaTrace.Indexer.Projection;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Indexer.Following;

/// <summary>
/// A block range as read from the node: its logs, the headers of the block before it, of its blocks with logs and of its
/// last block, and the logs decoded (in block and log order), so that a read started ahead of its turn decodes too.
/// </summary>
internal sealed record RangeRead(IReadOnlyList<RpcLog> Logs, Dictionary<ulong, RpcBlock> Headers, IReadOnlyList<LedgerEvent> Events)
{
    /// <summary>A read started ahead of its turn.</summary>
    internal sealed record Pending(ulong From, ulong To, Task<RangeRead> Read);
}
