using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// Checks one value against its AI's format, as the Syntax Dictionary's header defines it: each
/// component consumes a prefix of its length, optional components may be skipped once the data is
/// used up, and each component's character set and linters must pass.
/// </summary>
internal static class ElementValidator
{
    internal static Gs1ParseError? Validate(AiDefinition definition, ReadOnlySpan<char> value)
    {
        var ai = definition.Ai;
        if (value.IsEmpty)
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.EmptyValue, ai, "value is empty");
        }

        if (value.Length > definition.MaxLength)
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.TooLong, ai, $"too long (max {definition.MaxLength})");
        }

        if (value.Length < definition.MinLength)
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.TooShort, ai, $"too short (min {definition.MinLength})");
        }

        var position = 0;
        foreach (var component in definition.Components)
        {
            var remaining = value.Length - position;
            if (remaining == 0 && component.IsOptional)
            {
                break;
            }

            var length = Math.Min(remaining, component.MaxLength);
            if (length < component.MinLength)
            {
                return Gs1ParseError.ForAi(
                    Gs1ErrorKind.InvalidLength, ai, $"length {value.Length} does not fit the format {definition.Specification}");
            }

            var part = value.Slice(position, length);
            var bad = CharacterSets.IndexOfInvalid(part, component.CharacterSet);
            if (bad >= 0)
            {
                var shown = bad < part.Length ? CharacterSets.Show(part[bad]) : "'=' padding";
                return Gs1ParseError.ForAi(
                    Gs1ErrorKind.InvalidCharacter, ai, $"invalid character {shown} at position {position + bad + 1} ({CharacterSets.Describe(component.CharacterSet)})");
            }

            foreach (var linter in component.Checks)
            {
                if (!linter.Check(part))
                {
                    return Gs1ParseError.ForAi(linter.Kind, ai, linter.Rule);
                }
            }

            position += length;
        }

        return position == value.Length
            ? null
            : Gs1ParseError.ForAi(Gs1ErrorKind.InvalidLength, ai, $"length {value.Length} does not fit the format {definition.Specification}");
    }
}
