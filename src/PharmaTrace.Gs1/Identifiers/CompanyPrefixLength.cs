namespace PharmaTrace.Gs1.Identifiers;

/// <summary>
/// The number of digits of a GS1 Company Prefix, which an EPC URI needs to place its first dot
/// (EPC Tag Data Standard §6.3: 6 to 12 digits) but which a GTIN, SSCC or GLN does not reveal.
/// </summary>
/// <remarks>
/// Record the length where the product's owner is known (e.g. with the participant that registers
/// a batch, or from GS1's "Verified by GS1" / GEPIR service). When it is unknown, use
/// <see cref="AssumedDefault"/>: 7 digits, the most common length, flagged
/// <see cref="IsAssumed"/> so that callers can mark the resulting URI as provisional. A wrong
/// length yields a URI with the same digits but a misplaced dot, which will not match the owner's
/// own EPC URIs: never store an assumed URI as the authoritative identifier.
/// </remarks>
public sealed record CompanyPrefixLength
{
    /// <summary>The shortest GS1 Company Prefix an EPC URI allows.</summary>
    public const int MinDigits = 6;

    /// <summary>The longest GS1 Company Prefix an EPC URI allows.</summary>
    public const int MaxDigits = 12;

    /// <summary>The length assumed when none is known.</summary>
    public const int DefaultAssumedDigits = 7;

    private CompanyPrefixLength(int digits, bool isAssumed)
    {
        Digits = digits;
        IsAssumed = isAssumed;
    }

    /// <summary>7 digits, flagged as assumed; see the remarks.</summary>
    public static CompanyPrefixLength AssumedDefault { get; } = new(DefaultAssumedDigits, isAssumed: true);

    /// <summary>The number of digits.</summary>
    public int Digits { get; }

    /// <summary>True when the length was not known but assumed.</summary>
    public bool IsAssumed { get; }

    /// <summary>A known length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 6 to 12.</exception>
    public static CompanyPrefixLength Of(int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, MinDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, MaxDigits);
        return new CompanyPrefixLength(digits, isAssumed: false);
    }

    /// <inheritdoc />
    public override string ToString() => IsAssumed ? $"{Digits} (assumed)" : $"{Digits}";
}
