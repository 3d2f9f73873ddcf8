using System.Collections.Immutable;

namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>
/// One req= attribute of the Syntax Dictionary: the AI needs at least one of the alternatives,
/// each a group of AIs that must all be present. "req=01+21,02" reads "(01) with (21), or (02)".
/// </summary>
public sealed class AiRequirement
{
    internal AiRequirement(ImmutableArray<ImmutableArray<AiPattern>> alternatives) => Alternatives = alternatives;

    /// <summary>The alternatives; any one satisfies the requirement.</summary>
    public ImmutableArray<ImmutableArray<AiPattern>> Alternatives { get; }

    /// <summary>True when every pattern of some alternative matches one of <paramref name="presentAis"/>.</summary>
    public bool IsSatisfiedBy(IReadOnlyList<string> presentAis)
    {
        ArgumentNullException.ThrowIfNull(presentAis);
        foreach (var group in Alternatives)
        {
            var all = true;
            foreach (var pattern in group)
            {
                if (!AnyMatches(pattern, presentAis))
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

    /// <summary>The requirement in words: "(01)+(21), (03)+(21) or (8006)+(21)".</summary>
    public override string ToString()
    {
        var groups = Alternatives.Select(g => string.Join('+', g)).ToList();
        return groups.Count == 1
            ? groups[0]
            : $"{string.Join(", ", groups.Take(groups.Count - 1))} or {groups[^1]}";
    }

    private static bool AnyMatches(AiPattern pattern, IReadOnlyList<string> ais)
    {
        for (var i = 0; i < ais.Count; i++)
        {
            if (pattern.Matches(ais[i]))
            {
                return true;
            }
        }

        return false;
    }
}
