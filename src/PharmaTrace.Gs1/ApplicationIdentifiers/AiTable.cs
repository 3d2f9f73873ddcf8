using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>
/// The table of GS1 Application Identifiers, built from the GS1 Barcode Syntax Dictionary: every
/// AI in it, not only the pharmaceutical ones. <see cref="Default"/> is parsed once, lazily, from
/// the copy embedded in this assembly (gs1/gs1-syntax-dictionary commit ff2eb4b, Apache-2.0; see
/// ApplicationIdentifiers/README.md), so the table is the same one GS1's reference encoder uses.
/// </summary>
public sealed class AiTable
{
    private const string ResourceName = "PharmaTrace.Gs1.gs1-syntax-dictionary.txt";

    private static readonly Lazy<AiTable> DefaultInstance = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Lookup by AI length then numeric value: one array read per AI on the hot path.
    private readonly AiDefinition?[] _twoDigit = new AiDefinition?[100];
    private readonly AiDefinition?[] _threeDigit = new AiDefinition?[1000];
    private readonly AiDefinition?[] _fourDigit = new AiDefinition?[10000];

    // GS1 allocates AIs so that their first two digits fix their length (checked while loading):
    // that is how a reader finds where an AI ends in unbracketed data.
    private readonly byte[] _lengthByPrefix = new byte[100];

    private AiTable(ImmutableArray<AiDefinition> definitions, ImmutableArray<string> ignoredLinters)
    {
        Definitions = definitions;
        IgnoredLinters = ignoredLinters;
        foreach (var definition in definitions)
        {
            var ai = definition.Ai;
            var table = ai.Length switch { 2 => _twoDigit, 3 => _threeDigit, _ => _fourDigit };
            var index = int.Parse(ai);
            if (table[index] is not null)
            {
                throw new InvalidDataException($"AI ({ai}) is defined twice.");
            }

            table[index] = definition;
            var prefix = int.Parse(ai.AsSpan(0, 2));
            if (_lengthByPrefix[prefix] != 0 && _lengthByPrefix[prefix] != ai.Length)
            {
                throw new InvalidDataException($"AI ({ai}) breaks the rule that its first two digits fix its length.");
            }

            _lengthByPrefix[prefix] = (byte)ai.Length;
        }
    }

    /// <summary>The table from the embedded GS1 Barcode Syntax Dictionary.</summary>
    public static AiTable Default => DefaultInstance.Value;

    /// <summary>Every AI, in the dictionary's (lexical) order; ranges such as 3100-3105 are expanded.</summary>
    public ImmutableArray<AiDefinition> Definitions { get; }

    /// <summary>The number of AIs.</summary>
    public int Count => Definitions.Length;

    /// <summary>
    /// Linter names the dictionary uses that this library does not implement; they are ignored (the
    /// value still gets its length and character-set checks). See the remarks on LinterRegistry.
    /// </summary>
    public ImmutableArray<string> IgnoredLinters { get; }

    /// <summary>Builds a table from the text of a GS1 Barcode Syntax Dictionary.</summary>
    /// <exception cref="InvalidDataException">An entry is malformed.</exception>
    public static AiTable Parse(string dictionaryText)
    {
        ArgumentNullException.ThrowIfNull(dictionaryText);
        var (definitions, ignored) = AiDictionaryParser.Parse(dictionaryText);
        return new AiTable(definitions, ignored);
    }

    /// <summary>Finds an AI given as 2 to 4 digits.</summary>
    public bool TryGet(ReadOnlySpan<char> ai, [NotNullWhen(true)] out AiDefinition? definition)
    {
        definition = null;
        if (ai.Length is < 2 or > 4)
        {
            return false;
        }

        var index = 0;
        foreach (var c in ai)
        {
            if ((uint)(c - '0') > 9)
            {
                return false;
            }

            index = (index * 10) + (c - '0');
        }

        definition = ai.Length switch { 2 => _twoDigit[index], 3 => _threeDigit[index], _ => _fourDigit[index] };
        return definition is not null;
    }

    /// <summary>The definition of <paramref name="ai"/>.</summary>
    /// <exception cref="Gs1ParseException">The AI is not in the dictionary.</exception>
    public AiDefinition Get(string ai)
    {
        ArgumentNullException.ThrowIfNull(ai);
        return TryGet(ai, out var definition)
            ? definition
            : throw new Gs1ParseException(Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, ai, "unknown AI"));
    }

    /// <summary>
    /// The length of the AIs that start with these two digits (2, 3 or 4), or 0 when no AI starts
    /// with them; this is how an AI is found in unbracketed data.
    /// </summary>
    internal int AiLengthForPrefix(char first, char second)
    {
        var a = first - '0';
        var b = second - '0';
        return (uint)a <= 9 && (uint)b <= 9 ? _lengthByPrefix[(a * 10) + b] : 0;
    }

    private static AiTable LoadEmbedded()
    {
        using var stream = typeof(AiTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
