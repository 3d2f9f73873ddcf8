namespace PharmaTrace.Testing;

/// <summary>How to start an <see cref="AnvilNode"/>; the defaults give a fresh automining chain 31337.</summary>
public sealed record AnvilNodeOptions
{
    /// <summary>Loads the chain from this file if it exists and dumps it there on a clean exit (<c>--state</c>).</summary>
    public string? StatePath { get; init; }

    /// <summary>Mines a block at this interval instead of one per transaction (<c>--block-time</c>, whole seconds).</summary>
    public int? BlockTimeSeconds { get; init; }

    /// <summary>More arguments, for example <c>--no-mining</c> or <c>--base-fee 0</c>.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];
}
