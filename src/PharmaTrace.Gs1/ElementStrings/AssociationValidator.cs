using PharmaTrace.Gs1.ApplicationIdentifiers;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// The dictionary's ex= and req= attributes (GS1 General Specifications §4.14, "Invalid pairs of
/// element strings" and "Mandatory associations of element strings").
/// </summary>
internal static class AssociationValidator
{
    internal static Gs1ParseError? Validate(AiTable dictionary, ReadOnlySpan<AiElement> elements)
    {
        foreach (var element in elements)
        {
            if (!dictionary.TryGet(element.Ai, out var definition))
            {
                return Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, element.Ai, "unknown AI");
            }

            foreach (var pattern in definition.Excludes)
            {
                foreach (var other in elements)
                {
                    // "An AI is not exclusive of itself even if it matches a pattern" (dictionary header).
                    if (!string.Equals(other.Ai, element.Ai, StringComparison.Ordinal) && pattern.Matches(other.Ai))
                    {
                        return Gs1ParseError.AiSentence(
                            Gs1ErrorKind.ExcludedAiCombination, element.Ai, $"cannot be used together with AI ({other.Ai})");
                    }
                }
            }
        }

        foreach (var element in elements)
        {
            dictionary.TryGet(element.Ai, out var definition);
            foreach (var requirement in definition!.Requires)
            {
                if (!IsSatisfied(requirement, elements))
                {
                    return Gs1ParseError.AiSentence(Gs1ErrorKind.MissingRequiredAi, element.Ai, $"requires AI {requirement}");
                }
            }
        }

        return null;
    }

    private static bool IsSatisfied(AiRequirement requirement, ReadOnlySpan<AiElement> elements)
    {
        foreach (var group in requirement.Alternatives)
        {
            var all = true;
            foreach (var pattern in group)
            {
                if (!AnyMatches(pattern, elements))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMatches(AiPattern pattern, ReadOnlySpan<AiElement> elements)
    {
        foreach (var element in elements)
        {
            if (pattern.Matches(element.Ai))
            {
                return true;
            }
        }

        return false;
    }
}
