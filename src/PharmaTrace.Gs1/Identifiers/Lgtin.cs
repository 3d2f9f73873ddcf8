using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Identifiers;

/// <summary>
/// A GTIN with a batch or lot number, AIs (01) and (10): the class of packs a batch recall or a
/// batch registration speaks of (the "lgtin" EPC class of the EPC Tag Data Standard).
/// </summary>
public sealed record Lgtin
{
    /// <summary>Validates the lot as AI (10) does (1-20 characters of GS1 character set 82).</summary>
    /// <exception cref="Gs1ParseException">The lot is invalid.</exception>
    public Lgtin(Gtin gtin, string lot)
    {
        ArgumentNullException.ThrowIfNull(gtin);
        KeyValidation.RequireValidFor("10", lot);
        Gtin = gtin;
        Lot = lot;
    }

    /// <summary>The trade item.</summary>
    public Gtin Gtin { get; }

    /// <summary>The batch or lot number, AI (10).</summary>
    public string Lot { get; }

    /// <summary>The two elements, (01) and (10).</summary>
    public Gs1ElementString ToElementString() =>
        Gs1ElementString.Create([new AiElement("01", Gtin.Value), new AiElement("10", Lot)]);

    /// <summary>The bracketed form, e.g. "(01)09506000134352(10)ABC".</summary>
    public override string ToString() => ToElementString().ToBracketed();
}
