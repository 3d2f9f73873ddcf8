using System.Diagnostics.CodeAnalysis;

namespace PharmaTrace.Gs1.Identifiers;

/// <summary>A Global Location Number (AI 414, location number): 13 digits with a check digit.</summary>
public sealed record Gln
{
    /// <summary>Validates a GLN.</summary>
    /// <exception cref="Gs1ParseException">Not 13 digits, or the check digit is wrong.</exception>
    public Gln(string value)
    {
        KeyValidation.RequireNumericKey(value, "GLN", 13);
        Value = value;
    }

    /// <summary>The 13 digits.</summary>
    public string Value { get; }

    /// <summary>Validates a GLN.</summary>
    /// <exception cref="Gs1ParseException">The value is not a valid GLN.</exception>
    public static Gln Parse(string value) => new(value);

    /// <summary>Validates a GLN without throwing.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Gln? gln)
    {
        gln = KeyValidation.CheckNumericKey(value, "GLN", 13) is null ? new Gln(value!) : null;
        return gln is not null;
    }

    /// <summary>The 13 digits.</summary>
    public override string ToString() => Value;
}
