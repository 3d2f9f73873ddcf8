using Microsoft.Extensions.Configuration;

namespace PharmaTrace.Indexer.Following;

/// <summary><c>PharmaTrace:Indexer</c>: how far behind the head to stay, how often to poll, how many blocks per <c>eth_getLogs</c>.</summary>
public sealed record IndexerOptions
{
    /// <summary>Blocks to stay behind the head; 0 suits QBFT, whose blocks are final at once.</summary>
    public ulong Confirmations { get; init; }

    /// <summary>The wait between polls once caught up.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The largest block range of one <c>eth_getLogs</c>; the range adapts below it.</summary>
    public ulong MaxBlockRange { get; init; } = 2_000;

    /// <summary>
    /// The first range tried; it doubles after each success. Small, because a dense chain (thousands of logs a
    /// block) would otherwise bring its first hundreds of thousands of logs in one read, written without overlap;
    /// on a sparse chain the doubling reaches the maximum in a dozen short ranges.
    /// </summary>
    public ulong InitialBlockRange { get; init; } = 1;

    /// <summary>Reads <c>PharmaTrace:Indexer:*</c>.</summary>
    public static IndexerOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("PharmaTrace:Indexer");
        var defaults = new IndexerOptions();
        var options = new IndexerOptions
        {
            Confirmations = section.GetValue("Confirmations", defaults.Confirmations),
            PollInterval = section.GetValue("PollInterval", defaults.PollInterval),
            MaxBlockRange = section.GetValue("MaxBlockRange", defaults.MaxBlockRange),
        };
        if (options.MaxBlockRange == 0 || options.PollInterval <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("PharmaTrace:Indexer:MaxBlockRange and :PollInterval must be positive.");
        }
        return options with { InitialBlockRange = Math.Min(defaults.InitialBlockRange, options.MaxBlockRange) };
    }
}
