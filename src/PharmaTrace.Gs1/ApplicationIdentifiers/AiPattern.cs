namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>
/// An AI or AI pattern in a req= or ex= attribute of the Syntax Dictionary, e.g. "01" or "310n"
/// where each 'n' stands for any digit.
/// </summary>
public sealed class AiPattern : IEquatable<AiPattern>
{
    internal AiPattern(string text) => Text = text;

    /// <summary>The pattern as written, e.g. "35nn".</summary>
    public string Text { get; }

    /// <summary>True when <paramref name="ai"/> has the pattern's length and matches it digit by digit.</summary>
    public bool Matches(ReadOnlySpan<char> ai)
    {
        if (ai.Length != Text.Length)
        {
            return false;
        }

        for (var i = 0; i < ai.Length; i++)
        {
            if (Text[i] != ai[i] && Text[i] != 'n')
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(AiPattern? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AiPattern);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The pattern in brackets, as in messages: "(35nn)".</summary>
    public override string ToString() => $"({Text})";
}
