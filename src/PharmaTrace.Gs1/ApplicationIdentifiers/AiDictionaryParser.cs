using System.Collections.Immutable;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>
/// Reads the GS1 Barcode Syntax Dictionary's entries, as its header defines them:
/// <c>AIs [Flags] Specification [Attributes...] [# Title]</c>. Runs once at start-up, so clarity
/// matters more than speed here.
/// </summary>
internal static class AiDictionaryParser
{
    // The header: flags are allocated from this set; "*" and "?" are the ones defined so far.
    private const string FlagCharacters = "*!?\"$%&'()+,-./:;<=>@[\\]^_`{|}~";

    internal static (ImmutableArray<AiDefinition> Definitions, ImmutableArray<string> IgnoredLinters) Parse(string text)
    {
        var definitions = ImmutableArray.CreateBuilder<AiDefinition>();
        var ignored = new SortedSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            try
            {
                ParseEntry(line, definitions, ignored);
            }
            catch (FormatException e)
            {
                throw new InvalidDataException($"GS1 Syntax Dictionary line {lineNumber}: {e.Message}", e);
            }
        }

        return (definitions.ToImmutable(), [.. ignored]);
    }

    private static void ParseEntry(string line, ImmutableArray<AiDefinition>.Builder definitions, SortedSet<string> ignored)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var title = hash < 0 ? string.Empty : line[(hash + 1)..].Trim();
        var tokens = (hash < 0 ? line : line[..hash]).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2)
        {
            throw new FormatException("an entry needs at least an AI and a specification");
        }

        var next = 1;
        var flags = string.Empty;
        if (tokens[next].All(FlagCharacters.Contains))
        {
            flags = tokens[next++];
        }

        var components = ImmutableArray.CreateBuilder<AiComponent>();
        var specification = new List<string>();
        while (next < tokens.Length && IsComponentToken(tokens[next]))
        {
            specification.Add(tokens[next]);
            components.Add(ParseComponent(tokens[next++], components, ignored));
        }

        if (components.Count == 0)
        {
            throw new FormatException("the specification has no components");
        }

        var requires = ImmutableArray.CreateBuilder<AiRequirement>();
        var excludes = ImmutableArray.CreateBuilder<AiPattern>();
        var qualifierSequences = ImmutableArray<ImmutableArray<string>>.Empty;
        for (; next < tokens.Length; next++)
        {
            var (key, value) = SplitAttribute(tokens[next]);
            switch (key)
            {
                case "req":
                    requires.Add(new AiRequirement([.. value.Split(',').Select(g => g.Split('+').Select(ToPattern).ToImmutableArray())]));
                    break;
                case "ex":
                    excludes.AddRange(value.Split(',').Select(ToPattern));
                    break;
                case "dlpkey":
                    qualifierSequences = value.Length == 0
                        ? [ImmutableArray<string>.Empty]
                        : [.. value.Split('|').Select(s => s.Split(',').ToImmutableArray())];
                    break;
                default:
                    // Attributes this library has no use for are skipped, as the header allows
                    // new ones to be added.
                    break;
            }
        }

        var isPredefinedLength = flags.Contains('*', StringComparison.Ordinal);
        if (isPredefinedLength && components.Any(c => !c.IsFixedLength || c.IsOptional))
        {
            throw new FormatException("a predefined-length ('*') AI must have a fixed-length format");
        }

        var builtComponents = components.ToImmutable();
        foreach (var ai in ExpandAis(tokens[0]))
        {
            definitions.Add(new AiDefinition(
                ai,
                title,
                string.Join(' ', specification),
                isPredefinedLength,
                flags.Contains('?', StringComparison.Ordinal),
                builtComponents,
                requires.ToImmutable(),
                excludes.ToImmutable(),
                qualifierSequences));
        }
    }

    private static bool IsComponentToken(string token) => token[0] is 'N' or 'X' or 'Y' or 'Z' or '[';

    // "N6,yymmd0", "X..20", "[N3],iso3166", "[X..17]".
    private static AiComponent ParseComponent(string token, ImmutableArray<AiComponent>.Builder previous, SortedSet<string> ignored)
    {
        var optional = token[0] == '[';
        string type;
        string rest;
        if (optional)
        {
            var close = token.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new FormatException($"unclosed '[' in {token}");
            }

            type = token[1..close];
            rest = token[(close + 1)..];
        }
        else
        {
            var comma = token.IndexOf(',', StringComparison.Ordinal);
            type = comma < 0 ? token : token[..comma];
            rest = comma < 0 ? string.Empty : token[comma..];
        }

        var set = type[0] switch
        {
            'N' => AiCharacterSet.Numeric,
            'X' => AiCharacterSet.Cset82,
            'Y' => AiCharacterSet.Cset39,
            'Z' => AiCharacterSet.Cset64,
            _ => throw new FormatException($"unknown component type {type}"),
        };
        var variable = type.AsSpan(1).StartsWith("..", StringComparison.Ordinal);
        if (!int.TryParse(type.AsSpan(variable ? 3 : 1), out var max) || max < 1)
        {
            throw new FormatException($"bad component length in {token}");
        }

        if (previous.Count > 0 && !previous[^1].IsFixedLength)
        {
            throw new FormatException("only the final component may have variable length");
        }

        if (!optional && previous.Any(c => c.IsOptional))
        {
            throw new FormatException("a mandatory component may not follow an optional one");
        }

        var linters = rest.Split(',', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
        foreach (var name in linters.Where(n => LinterRegistry.Find(n) is null))
        {
            ignored.Add(name);
        }

        return new AiComponent(set, variable ? 1 : max, max, optional, linters);
    }

    private static (string Key, string Value) SplitAttribute(string token)
    {
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (token, string.Empty) : (token[..equals], token[(equals + 1)..]);
    }

    private static AiPattern ToPattern(string text) =>
        text.Length is >= 2 and <= 4 && text.All(c => char.IsAsciiDigit(c) || c == 'n')
            ? new AiPattern(text)
            : throw new FormatException($"bad AI pattern {text}");

    // "3100-3105" is six AIs; the bounds have the same number of digits.
    private static IEnumerable<string> ExpandAis(string token)
    {
        var dash = token.IndexOf('-', StringComparison.Ordinal);
        var first = dash < 0 ? token : token[..dash];
        var last = dash < 0 ? token : token[(dash + 1)..];
        if (first.Length != last.Length || first.Length is < 2 or > 4
            || !first.All(char.IsAsciiDigit) || !last.All(char.IsAsciiDigit)
            || string.CompareOrdinal(first, last) > 0)
        {
            throw new FormatException($"bad AI or AI range {token}");
        }

        for (var n = int.Parse(first); n <= int.Parse(last); n++)
        {
            yield return n.ToString().PadLeft(first.Length, '0');
        }
    }
}
