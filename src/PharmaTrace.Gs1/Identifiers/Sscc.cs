using System.Diagnostics.CodeAnalysis;

namespace PharmaTrace.Gs1.Identifiers;

/// <summary>
/// A Serial Shipping Container Code (GS1 General Specifications §3.3.1, AI 00): extension digit,
/// GS1 Company Prefix and serial reference, 18 digits with a check digit.
/// </summary>
public sealed record Sscc
{
    /// <summary>Validates an SSCC.</summary>
    /// <exception cref="Gs1ParseException">Not 18 digits, or the check digit is wrong.</exception>
    public Sscc(string value)
    {
        KeyValidation.RequireNumericKey(value, "SSCC", 18);
        Value = value;
    }

    /// <summary>The 18 digits.</summary>
    public string Value { get; }

    /// <summary>Validates an SSCC.</summary>
    /// <exception cref="Gs1ParseException">The value is not a valid SSCC.</exception>
    public static Sscc Parse(string value) => new(value);

    /// <summary>Validates an SSCC without throwing.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Sscc? sscc)
    {
        sscc = KeyValidation.CheckNumericKey(value, "SSCC", 18) is null ? new Sscc(value!) : null;
        return sscc is not null;
    }

    /// <summary>The 18 digits.</summary>
    public override string ToString() => Value;
}
