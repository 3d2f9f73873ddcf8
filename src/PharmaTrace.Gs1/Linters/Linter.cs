namespace PharmaTrace.Gs1.Linters;

/// <summary>A content check on one component of an AI value; true when the data passes.</summary>
internal delegate bool LintCheck(ReadOnlySpan<char> data);

/// <summary>
/// One of the Syntax Dictionary's named linters ("csum", "yymmd0"...): the check, and the rule it
/// reports when the check fails.
/// </summary>
internal sealed class Linter(string name, Gs1ErrorKind kind, string rule, LintCheck check)
{
    public string Name { get; } = name;

    public Gs1ErrorKind Kind { get; } = kind;

    public string Rule { get; } = rule;

    public LintCheck Check { get; } = check;
}
