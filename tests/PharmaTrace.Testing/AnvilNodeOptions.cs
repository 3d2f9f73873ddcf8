namespace PharmaTrace.Testing;

/// <summary>How to start an <see cref="AnvilNode"/>; the defaults give a fresh automining chain 31337.</summary>
public sealed record AnvilNodeOptions
{
    /// <summary>Loads the chain from this file if it exists and dumps it there on a clean exit (<c>--state</c>).</summary>
    public string? StatePath { get; init; }

    /// <summary>Mines a block at this interval instead of one per transaction (<c>--block-time</c>, whole seconds).</summary>
    public int? BlockTimeSeconds { get; init; }

    /// <summary>The EVM hardfork (<c>--hardfork</c>); before <c>london</c> blocks have no base fee and only legacy transactions exist.</summary>
    public string Hardfork { get; init; } = "prague";

    /// <summary>More arguments, for example <c>--no-mining</c> or <c>--base-fee 0</c>.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];
}
