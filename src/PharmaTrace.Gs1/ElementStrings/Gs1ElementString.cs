using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.DigitalLink;
using PharmaTrace.Gs1.Identifiers;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// Validated GS1 data: AI/value pairs in canonical order (ascending AI), whatever form they were
/// read from. Two instances are equal when they hold the same elements.
/// </summary>
public sealed class Gs1ElementString : IEquatable<Gs1ElementString>
{
    /// <summary>ASCII 29, the group separator that stands for FNC1 in transmitted data (ISO/IEC 15424).</summary>
    public const char GroupSeparator = '\u001D';

    internal Gs1ElementString(AiElement[] sortedElements) =>
        Elements = ImmutableCollectionsMarshal.AsImmutableArray(sortedElements);

    /// <summary>The elements, ascending by AI, each AI once.</summary>
    public ImmutableArray<AiElement> Elements { get; }

    /// <summary>The GTIN of AI (01), if present.</summary>
    public Gtin? Gtin => Find("01") is { } value ? new Gtin(value) : null;

    /// <summary>The SSCC of AI (00), if present.</summary>
    public Sscc? Sscc => Find("00") is { } value ? new Sscc(value) : null;

    /// <summary>The batch or lot number, AI (10), if present.</summary>
    public string? Batch => Find("10");

    /// <summary>The serial number, AI (21), if present.</summary>
    public string? SerialNumber => Find("21");

    /// <summary>The expiry date as YYMMDD (DD may be 00), AI (17), if present.</summary>
    public string? ExpiryDate => Find("17");

    /// <summary>The serialised GTIN of AIs (01) and (21), if both are present.</summary>
    public Sgtin? Sgtin => Gtin is { } gtin && SerialNumber is { } serial ? new Sgtin(gtin, serial) : null;

    /// <summary>The GTIN and batch of AIs (01) and (10), if both are present.</summary>
    public Lgtin? Lgtin => Gtin is { } gtin && Batch is { } lot ? new Lgtin(gtin, lot) : null;

    /// <summary>Validates elements given one by one (e.g. from several barcodes of one pack).</summary>
    /// <exception cref="Gs1ParseException">An AI is unknown or a value or association is invalid.</exception>
    public static Gs1ElementString Create(IEnumerable<AiElement> elements, Gs1ParseOptions options = Gs1ParseOptions.None)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var error = ElementStringCompletion.FromElements([.. elements], options, out var result);
        return error is null ? result! : throw new Gs1ParseException(error);
    }

    /// <summary>Parses any supported form; see <see cref="Gs1Parser.Parse(string, Gs1ParseOptions)"/>.</summary>
    public static Gs1ElementString Parse(string input) => Gs1Parser.Parse(input);

    /// <summary>The value of <paramref name="ai"/>, or null when absent.</summary>
    public string? Find(string ai)
    {
        foreach (var element in Elements)
        {
            if (string.Equals(element.Ai, ai, StringComparison.Ordinal))
            {
                return element.Value;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="ai"/> is present.</summary>
    public bool Contains(string ai) => Find(ai) is not null;

    /// <summary>
    /// The human-readable bracketed form, e.g. "(01)09506000134352(10)ABC"; a '(' inside a value is
    /// written "\(" so the text parses back to the same data.
    /// </summary>
    public string ToBracketed()
    {
        var text = new StringBuilder();
        foreach (var element in Elements)
        {
            text.Append('(').Append(element.Ai).Append(')').Append(element.Value.Replace("(", "\\(", StringComparison.Ordinal));
        }

        return text.ToString();
    }

    /// <summary>
    /// The element string as a barcode carries it: AIs and values run together, with
    /// <paramref name="fnc1"/> after every value of an AI that needs a separator, except the last
    /// (GS1 General Specifications §7.8.5). Use '^' for a printable form.
    /// </summary>
    public string ToElementString(char fnc1 = GroupSeparator)
    {
        var dictionary = AiTable.Default;
        var text = new StringBuilder();
        for (var i = 0; i < Elements.Length; i++)
        {
            var element = Elements[i];
            text.Append(element.Ai).Append(element.Value);
            if (i < Elements.Length - 1 && dictionary.TryGet(element.Ai, out var definition) && definition.RequiresFnc1)
            {
                text.Append(fnc1);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The data a scanner transmits for this element string in a GS1 symbol, e.g.
    /// "]d2" + element string for GS1 DataMatrix ("]Q3" QR, "]C1" GS1-128, "]e0" DataBar).
    /// </summary>
    public string ToScanData(string symbologyIdentifier = "]d2") => symbologyIdentifier + ToElementString();

    /// <summary>The GS1 Digital Link URI; see <see cref="DigitalLinkUri.Format"/>.</summary>
    public string ToDigitalLinkUri(string stem = DigitalLinkUri.CanonicalStem) => DigitalLinkUri.Format(this, stem);

    /// <inheritdoc />
    public bool Equals(Gs1ElementString? other) =>
        other is not null && Elements.AsSpan().SequenceEqual(other.Elements.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Gs1ElementString);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var element in Elements)
        {
            hash.Add(element);
        }

        return hash.ToHashCode();
    }

    /// <summary>The bracketed form.</summary>
    public override string ToString() => ToBracketed();
}
