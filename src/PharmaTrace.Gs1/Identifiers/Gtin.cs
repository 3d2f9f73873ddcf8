using System.Diagnostics.CodeAnalysis;

namespace PharmaTrace.Gs1.Identifiers;

/// <summary>
/// A Global Trade Item Number (GS1 General Specifications §3.3.2, AI 01). GTIN-8, -12, -13 and -14
/// are accepted and held as 14 digits, right-aligned with leading zeros (§7.9.1), so that the same
/// trade item compares equal however it was written.
/// </summary>
public sealed record Gtin
{
    /// <summary>Validates and normalises a GTIN.</summary>
    /// <exception cref="Gs1ParseException">Not 8, 12, 13 or 14 digits, or the check digit is wrong.</exception>
    public Gtin(string value)
    {
        KeyValidation.RequireNumericKey(value, "GTIN", 8, 12, 13, 14);
        Value = value.PadLeft(14, '0');
    }

    /// <summary>The 14 digits.</summary>
    public string Value { get; }

    /// <summary>The indicator digit (packaging level) of a GTIN-14; 0 for GTIN-8/12/13.</summary>
    public char IndicatorDigit => Value[0];

    /// <summary>Validates and normalises a GTIN.</summary>
    /// <exception cref="Gs1ParseException">The value is not a valid GTIN.</exception>
    public static Gtin Parse(string value) => new(value);

    /// <summary>Validates a GTIN without throwing.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Gtin? gtin)
    {
        gtin = KeyValidation.CheckNumericKey(value, "GTIN", 8, 12, 13, 14) is null ? new Gtin(value!) : null;
        return gtin is not null;
    }

    /// <summary>The 14 digits.</summary>
    public override string ToString() => Value;
}
