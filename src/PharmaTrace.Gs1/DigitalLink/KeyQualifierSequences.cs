using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.DigitalLink;

/// <summary>
/// The dictionary's dlpkey rule (GS1 Digital Link standard §4, "Primary keys and key
/// qualifiers"): after the primary key, the path may hold any of the key's qualifiers, in the
/// order of one of its alternative sequences, without mixing alternatives.
/// </summary>
internal static class KeyQualifierSequences
{
    /// <summary>
    /// True when <paramref name="qualifiers"/>, with <paramref name="inserted"/> placed before index
    /// <paramref name="insertAt"/> (if given), follow one alternative in order.
    /// </summary>
    internal static bool IsValid(AiDefinition primaryKey, ReadOnlySpan<AiElement> qualifiers, string? inserted = null, int insertAt = 0)
    {
        var count = qualifiers.Length + (inserted is null ? 0 : 1);
        foreach (var alternative in primaryKey.DigitalLinkQualifierSequences)
        {
            var next = 0;
            var fits = true;
            for (var i = 0; i < count && fits; i++)
            {
                var ai = inserted is null || i < insertAt ? qualifiers[i].Ai
                    : i == insertAt ? inserted
                    : qualifiers[i - 1].Ai;
                while (next < alternative.Length && !string.Equals(alternative[next], ai, StringComparison.Ordinal))
                {
                    next++;
                }

                fits = next < alternative.Length;
                next++;
            }

            if (fits)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="ai"/> could stand somewhere in the path after the key.</summary>
    internal static bool BelongsInPath(AiDefinition primaryKey, ReadOnlySpan<AiElement> qualifiers, string ai)
    {
        for (var position = 0; position <= qualifiers.Length; position++)
        {
            if (IsValid(primaryKey, qualifiers, ai, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The allowed paths in words: "/22/10/21 or /235".</summary>
    internal static string Describe(AiDefinition primaryKey)
    {
        var paths = primaryKey.DigitalLinkQualifierSequences
            .Where(s => !s.IsEmpty)
            .Select(s => string.Concat(s.Select(q => "/" + q)))
            .ToList();
        return paths.Count == 0 ? "no key qualifiers" : string.Join(" or ", paths);
    }
}
