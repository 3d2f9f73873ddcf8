namespace PharmaTrace.Gs1;

/// <summary>
/// Why a GS1 input was rejected: the rule (<see cref="Kind"/>), the AI it concerns (if any) and a
/// sentence for people, e.g. "AI (01): check digit is wrong".
/// </summary>
public sealed class Gs1ParseError
{
    private Gs1ParseError(Gs1ErrorKind kind, string? ai, string rule, string message)
    {
        Kind = kind;
        Ai = ai;
        Rule = rule;
        Message = message;
    }

    /// <summary>The rule that failed.</summary>
    public Gs1ErrorKind Kind { get; }

    /// <summary>The AI the failure concerns, or null when it concerns the input as a whole.</summary>
    public string? Ai { get; }

    /// <summary>The failed rule in words, without the AI (e.g. "check digit is wrong").</summary>
    public string Rule { get; }

    /// <summary>The full sentence (e.g. "AI (17): not a valid date").</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => Message;

    internal static Gs1ParseError ForAi(Gs1ErrorKind kind, string ai, string rule) =>
        new(kind, ai, rule, $"AI ({ai}): {rule}");

    /// <summary>For sentences that read on from the AI: "AI (21) requires AI (01)".</summary>
    internal static Gs1ParseError AiSentence(Gs1ErrorKind kind, string ai, string rest) =>
        new(kind, ai, rest, $"AI ({ai}) {rest}");

    internal static Gs1ParseError General(Gs1ErrorKind kind, string rule) => new(kind, null, rule, rule);

    /// <summary>For identifier types: "GTIN: check digit is wrong".</summary>
    internal static Gs1ParseError ForSubject(Gs1ErrorKind kind, string subject, string rule) =>
        new(kind, null, rule, $"{subject}: {rule}");
}
