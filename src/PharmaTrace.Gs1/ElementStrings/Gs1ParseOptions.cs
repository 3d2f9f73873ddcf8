namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>Switches for the GS1 parsers.</summary>
[Flags]
public enum Gs1ParseOptions
{
    /// <summary>Full validation, including the req= and ex= AI associations.</summary>
    None = 0,

    /// <summary>
    /// Skip the req= / ex= checks. The dictionary's header says they should be evaluated "over the
    /// combined data received from all GS1 carriers marking a physical item", so a reader that
    /// combines several barcodes checks them once on the combination (<see cref="Gs1ElementString.Create"/>).
    /// </summary>
    SkipAssociationValidation = 1,
}
