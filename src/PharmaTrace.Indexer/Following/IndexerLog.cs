using Microsoft.Extensions.Logging;

namespace PharmaTrace.Indexer.Following;

/// <summary>The indexer's log messages (source-generated: no formatting cost when disabled).</summary>
internal static partial class IndexerLog
{
    [LoggerMessage(1, LogLevel.Information, "Indexing {Identity} from block {Checkpoint}")]
    public static partial void Indexing(this ILogger logger, string identity, ulong checkpoint);

    [LoggerMessage(2, LogLevel.Warning, "Indexer step failed ({Failures} in a row); retrying")]
    public static partial void StepFailed(this ILogger logger, Exception error, int failures);

    [LoggerMessage(3, LogLevel.Information, "eth_getLogs {From}..{To} refused ({Message}); range now {Range}")]
    public static partial void RangeRefused(this ILogger logger, ulong from, ulong to, string message, ulong range);

    [LoggerMessage(4, LogLevel.Warning, "Skipping an undecodable log {Transaction}:{LogIndex}")]
    public static partial void Undecodable(this ILogger logger, string transaction, ulong logIndex);

    [LoggerMessage(5, LogLevel.Warning, "Chain reorganised below block {Checkpoint}; rolling the read model back to block {Ancestor}")]
    public static partial void RolledBack(this ILogger logger, ulong checkpoint, ulong ancestor);

    [LoggerMessage(6, LogLevel.Critical, "The indexer refuses to start: {Reason}")]
    public static partial void Refused(this ILogger logger, Exception error, string reason);

    [LoggerMessage(7, LogLevel.Information, "Caught up at block {Checkpoint}: built the query indexes of the {Lanes} in {Seconds:F1} s")]
    public static partial void QueryIndexesBuilt(this ILogger logger, string lanes, ulong checkpoint, double seconds);
}
