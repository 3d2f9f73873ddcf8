using System.Collections.Immutable;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>
/// One component of an AI's format, e.g. "N6,yymmd0" or "[X..17]": a character set, a length or
/// length range, whether it may be left out, and the linters that check its content.
/// </summary>
public sealed class AiComponent
{
    internal AiComponent(AiCharacterSet characterSet, int minLength, int maxLength, bool isOptional, ImmutableArray<string> linters)
    {
        CharacterSet = characterSet;
        MinLength = minLength;
        MaxLength = maxLength;
        IsOptional = isOptional;
        Linters = linters;
        Checks = [.. linters.Select(LinterRegistry.Find).OfType<Linter>()];
    }

    /// <summary>The character set of the component.</summary>
    public AiCharacterSet CharacterSet { get; }

    /// <summary>The fewest characters (equal to <see cref="MaxLength"/> for a fixed-length component).</summary>
    public int MinLength { get; }

    /// <summary>The most characters.</summary>
    public int MaxLength { get; }

    /// <summary>True for "N6"; false for "N..6".</summary>
    public bool IsFixedLength => MinLength == MaxLength;

    /// <summary>True for "[N6]": it may be left out once the data has run out.</summary>
    public bool IsOptional { get; }

    /// <summary>The names of the linters the dictionary lists for this component, in order.</summary>
    public ImmutableArray<string> Linters { get; }

    /// <summary>The implemented ones among <see cref="Linters"/>, in order.</summary>
    internal ImmutableArray<Linter> Checks { get; }

    /// <summary>The component as the dictionary writes it, e.g. "[N..12],nozeroprefix".</summary>
    public override string ToString()
    {
        var letter = CharacterSet switch
        {
            AiCharacterSet.Numeric => 'N',
            AiCharacterSet.Cset82 => 'X',
            AiCharacterSet.Cset39 => 'Y',
            _ => 'Z',
        };
        var type = IsFixedLength ? $"{letter}{MaxLength}" : $"{letter}..{MaxLength}";
        if (IsOptional)
        {
            type = $"[{type}]";
        }

        return Linters.IsEmpty ? type : $"{type},{string.Join(',', Linters)}";
    }
}
