namespace PharmaTrace.Api.Hosting;

/// <summary>The host's log messages (source-generated, CA1848). None of them carries key material.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Dev chain: Anvil on {Url} (pid {Pid}), state in {Directory}.")]
    public static partial void DevChainStarted(ILogger logger, Uri url, int pid, string directory);

    [LoggerMessage(2, LogLevel.Information, "Reusing PharmaLedger at {Address} from {Path}.")]
    public static partial void ManifestReused(ILogger logger, string address, string path);

    [LoggerMessage(3, LogLevel.Information, "Deployed PharmaLedger at {Address} (block {Block}); manifest {Path}.")]
    public static partial void Deployed(ILogger logger, string address, ulong block, string path);

    [LoggerMessage(4, LogLevel.Critical, "The chain could not be brought up; writes answer 503 until the host is fixed and restarted.")]
    public static partial void ChainFailed(ILogger logger, Exception error);

    [LoggerMessage(5, LogLevel.Information, "No demo consortium: this host did not found the ledger (no {Path}).")]
    public static partial void NoDemo(ILogger logger, string path);

    [LoggerMessage(6, LogLevel.Warning, "Demo consortium ready: names, roles and API keys in {Path}")]
    public static partial void DemoReady(ILogger logger, string path);

    [LoggerMessage(7, LogLevel.Error, "Unhandled failure on {Method} {Path}.")]
    public static partial void Unhandled(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(8, LogLevel.Warning, "The chain is unreachable ({Reason}); {Count} transaction(s) wait in the outbox.")]
    public static partial void ChainUnreachable(ILogger logger, string reason, int count);

    [LoggerMessage(9, LogLevel.Warning, "The node refused a receipt query; retrying.")]
    public static partial void ReceiptQueryRefused(ILogger logger, Exception error);

    [LoggerMessage(10, LogLevel.Warning, "Block {Number} is no longer {Hash} on the chain; checking {Count} transaction(s) recorded since.")]
    public static partial void BlocksLost(ILogger logger, ulong number, string hash, int count);

    [LoggerMessage(11, LogLevel.Warning, "The node refused {Hash} for now ({Message}); it stays in the outbox.")]
    public static partial void BroadcastRefused(ILogger logger, string hash, string message);
}
