using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.Identifiers;

/// <summary>
/// A serialised GTIN: one pack, identified by AIs (01) and (21) (the serial is 1-20
/// characters of GS1 character set 82).
/// </summary>
public sealed record Sgtin
{
    /// <summary>Validates the serial number as AI (21) does.</summary>
    /// <exception cref="Gs1ParseException">The serial number is invalid.</exception>
    public Sgtin(Gtin gtin, string serialNumber)
    {
        ArgumentNullException.ThrowIfNull(gtin);
        KeyValidation.RequireValidFor("21", serialNumber);
        Gtin = gtin;
        SerialNumber = serialNumber;
    }

    /// <summary>The trade item.</summary>
    public Gtin Gtin { get; }

    /// <summary>The serial number, AI (21).</summary>
    public string SerialNumber { get; }

    /// <summary>The two elements, (01) and (21).</summary>
    public Gs1ElementString ToElementString() =>
        Gs1ElementString.Create([new AiElement("01", Gtin.Value), new AiElement("21", SerialNumber)]);

    /// <summary>The bracketed form, e.g. "(01)09506000134352(21)XYZ".</summary>
    public override string ToString() => ToElementString().ToBracketed();
}
