using PharmaTrace.Ledger.DevChain;

namespace PharmaTrace.Api.Hosting;

/// <summary>
/// The host's configuration, read once at start-up from the shared keys (see README): data
/// directory, chain, deployment manifest, write time budget.
/// </summary>
public sealed record ApiSettings
{
    /// <summary>Where everything lives: <c>PHARMATRACE_DATA</c> or <c>PharmaTrace:DataDirectory</c>, default <c>./.pharmatrace</c>.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The node to use; <see langword="null"/> starts the embedded dev chain.</summary>
    public Uri? RpcUrl { get; init; }

    /// <summary>The deployment manifest, default <c>$DATA/deployment.json</c>.</summary>
    public required string ManifestPath { get; init; }

    /// <summary>How long a write request waits for its receipt before answering 202 instead of 201.</summary>
    public TimeSpan WriteTimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Requests per second and API key (token bucket); beyond it, 429 with Retry-After.</summary>
    public int RequestsPerSecond { get; init; } = 5_000;

    /// <summary>The most calls one multicall transaction carries.</summary>
    public int MaxCallsPerMulticall { get; init; } = 500;

    /// <summary>The founding countries when this host deploys the ledger (ISO 3166-1 alpha-2).</summary>
    public IReadOnlyList<string> FoundingCountries { get; init; } = ["DE", "FR", "PL"];

    /// <summary>The repository checkout the host runs from, for the dev toolchain; <see langword="null"/> when installed elsewhere.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>The SQLite file of keys, API keys, outbox and idempotency records.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, "api.db");

    /// <summary>Reads the settings; relative paths are resolved against the working directory.</summary>
    public static ApiSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var data = Path.GetFullPath(Environment.GetEnvironmentVariable("PHARMATRACE_DATA")
            ?? configuration["PharmaTrace:DataDirectory"]
            ?? ".pharmatrace");
        var rpc = configuration["PharmaTrace:Chain:RpcUrl"];
        var budget = configuration["PharmaTrace:Api:WriteTimeBudget"];
        var founders = configuration["PharmaTrace:Consortium:FoundingCountries"];
        var rate = configuration["PharmaTrace:Api:RequestsPerSecond"];
        return new ApiSettings
        {
            DataDirectory = data,
            RpcUrl = string.IsNullOrWhiteSpace(rpc) ? null : new Uri(rpc, UriKind.Absolute),
            ManifestPath = configuration["PharmaTrace:Deployment:ManifestPath"] ?? Path.Combine(data, "deployment.json"),
            WriteTimeBudget = budget is null ? TimeSpan.FromSeconds(5) : TimeSpan.Parse(budget, System.Globalization.CultureInfo.InvariantCulture),
            RequestsPerSecond = rate is null ? 5_000 : int.Parse(rate, System.Globalization.CultureInfo.InvariantCulture),
            FoundingCountries = founders is null ? ["DE", "FR", "PL"] : founders.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            RepositoryRoot = DevChainFiles.FindRepositoryRoot(environment.ContentRootPath) ?? DevChainFiles.FindRepositoryRoot(AppContext.BaseDirectory),
        };
    }
}
