using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.Identifiers;

/// <summary>Shared checks of the identifier types; each failure is a <see cref="Gs1ParseException"/>.</summary>
internal static class KeyValidation
{
    /// <summary>A numeric key of one of <paramref name="lengths"/> digits whose last digit is the GS1 check digit (§7.9.1).</summary>
    internal static void RequireNumericKey(string? value, string name, params ReadOnlySpan<int> lengths)
    {
        var error = CheckNumericKey(value, name, lengths);
        if (error is not null)
        {
            throw new Gs1ParseException(error);
        }
    }

    /// <summary>As <see cref="RequireNumericKey"/>, returning the error instead of throwing it.</summary>
    internal static Gs1ParseError? CheckNumericKey(string? value, string name, params ReadOnlySpan<int> lengths)
    {
        if (string.IsNullOrEmpty(value))
        {
            return Gs1ParseError.ForSubject(Gs1ErrorKind.EmptyValue, name, "value is empty");
        }

        if (!CharacterSets.IsDigits(value))
        {
            return Gs1ParseError.ForSubject(Gs1ErrorKind.InvalidCharacter, name, "must be digits only");
        }

        if (!lengths.Contains(value.Length))
        {
            var allowed = string.Join(", ", lengths.ToArray());
            return Gs1ParseError.ForSubject(Gs1ErrorKind.InvalidLength, name, $"must have {allowed} digits, not {value.Length}");
        }

        return CheckDigit.IsValid(value) ? null : Gs1ParseError.ForSubject(Gs1ErrorKind.CheckDigit, name, "check digit is wrong");
    }

    /// <summary>A value that must be valid for <paramref name="ai"/>, e.g. a serial for AI (21).</summary>
    internal static void RequireValidFor(string ai, string? value)
    {
        var error = ElementValidator.Validate(AiTable.Default.Get(ai), value ?? string.Empty);
        if (error is not null)
        {
            throw new Gs1ParseException(error);
        }
    }
}
