using System.Collections.Immutable;

namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>
/// Everything the GS1 Barcode Syntax Dictionary says about one Application Identifier: its format
/// components and linters, whether it needs an FNC1 separator, its Digital Link role and the AIs
/// it requires or excludes.
/// </summary>
public sealed class AiDefinition
{
    internal AiDefinition(
        string ai,
        string title,
        string specification,
        bool isPredefinedLength,
        bool isDigitalLinkAttribute,
        ImmutableArray<AiComponent> components,
        ImmutableArray<AiRequirement> requires,
        ImmutableArray<AiPattern> excludes,
        ImmutableArray<ImmutableArray<string>> digitalLinkQualifierSequences)
    {
        Ai = ai;
        Title = title;
        Specification = specification;
        IsPredefinedLength = isPredefinedLength;
        IsDigitalLinkAttribute = isDigitalLinkAttribute;
        Components = components;
        Requires = requires;
        Excludes = excludes;
        DigitalLinkQualifierSequences = digitalLinkQualifierSequences;
        MinLength = components.Where(c => !c.IsOptional).Sum(c => c.MinLength);
        MaxLength = components.Sum(c => c.MaxLength);
        PredefinedLength = isPredefinedLength ? MaxLength : 0;
    }

    /// <summary>The AI, e.g. "01" or "3103".</summary>
    public string Ai { get; }

    /// <summary>The dictionary's short title, e.g. "GTIN" (empty when the dictionary gives none).</summary>
    public string Title { get; }

    /// <summary>The format as the dictionary writes it, e.g. "N6,yymmd0 N4,hhmi".</summary>
    public string Specification { get; }

    /// <summary>The format's components, applied in order.</summary>
    public ImmutableArray<AiComponent> Components { get; }

    /// <summary>
    /// The dictionary's '*' flag: the AI is in the table of predefined-length AIs (GS1 General
    /// Specifications §7.8.5 Figure 7.8.5-2), so it never needs an FNC1 separator after it.
    /// </summary>
    public bool IsPredefinedLength { get; }

    /// <summary>True when an FNC1 separator must follow the value unless it ends the data (§7.8.5).</summary>
    public bool RequiresFnc1 => !IsPredefinedLength;

    /// <summary>The dictionary's '?' flag: the AI may be a GS1 Digital Link query attribute.</summary>
    public bool IsDigitalLinkAttribute { get; }

    /// <summary>True when the AI is a GS1 Digital Link primary key (the dlpkey attribute).</summary>
    public bool IsDigitalLinkPrimaryKey => !DigitalLinkQualifierSequences.IsEmpty;

    /// <summary>
    /// For a primary key, the alternative ordered sequences of key qualifiers ("dlpkey=22,10,21|235"
    /// gives [22,10,21] and [235]; a bare "dlpkey" gives one empty sequence). Empty for other AIs.
    /// </summary>
    public ImmutableArray<ImmutableArray<string>> DigitalLinkQualifierSequences { get; }

    /// <summary>The req= attributes; each must be satisfied.</summary>
    public ImmutableArray<AiRequirement> Requires { get; }

    /// <summary>The ex= attributes: AIs that must not appear with this one (never itself).</summary>
    public ImmutableArray<AiPattern> Excludes { get; }

    /// <summary>The shortest valid value.</summary>
    public int MinLength { get; }

    /// <summary>The longest valid value.</summary>
    public int MaxLength { get; }

    /// <summary>The value length of a predefined-length AI, else 0.</summary>
    internal int PredefinedLength { get; }

    /// <inheritdoc />
    public override string ToString() => string.IsNullOrEmpty(Title) ? $"({Ai})" : $"({Ai}) {Title}";
}
