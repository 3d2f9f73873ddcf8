namespace PharmaTrace.Gs1;

/// <summary>The rule that a rejected GS1 input broke; stable, so callers can map it to a response.</summary>
public enum Gs1ErrorKind
{
    /// <summary>The input is empty.</summary>
    EmptyInput,

    /// <summary>The input is none of the recognised forms (bracketed, scanned, Digital Link, EPC URI).</summary>
    UnrecognisedFormat,

    /// <summary>A symbology identifier that does not carry GS1 data, or is not supported.</summary>
    UnsupportedSymbology,

    /// <summary>An AI is not in the GS1 Barcode Syntax Dictionary.</summary>
    UnknownAi,

    /// <summary>An AI is written wrongly (e.g. unclosed bracket, non-digit AI).</summary>
    MalformedAi,

    /// <summary>An AI has no value.</summary>
    EmptyValue,

    /// <summary>A value is shorter than its format allows.</summary>
    TooShort,

    /// <summary>A value is longer than its format allows.</summary>
    TooLong,

    /// <summary>A value's length fits none of the lengths its components allow.</summary>
    InvalidLength,

    /// <summary>A value holds a character outside its character set.</summary>
    InvalidCharacter,

    /// <summary>A check digit or check character pair is wrong.</summary>
    CheckDigit,

    /// <summary>A date is not a real calendar date.</summary>
    InvalidDate,

    /// <summary>A time of day is out of range.</summary>
    InvalidTime,

    /// <summary>A value is not in its code list (country, currency, media type...).</summary>
    InvalidCode,

    /// <summary>A value breaks another content rule of its AI.</summary>
    InvalidContent,

    /// <summary>An AI appears more than once (with different values, or anywhere in a Digital Link URI).</summary>
    DuplicateAi,

    /// <summary>An AI is present without an AI it requires (the dictionary's req= attribute).</summary>
    MissingRequiredAi,

    /// <summary>Two AIs that must not be used together are present (the dictionary's ex= attribute).</summary>
    ExcludedAiCombination,

    /// <summary>A GS1 Digital Link URI is not well formed.</summary>
    InvalidDigitalLink,

    /// <summary>The path of a Digital Link URI is not a valid primary key / key qualifier sequence.</summary>
    InvalidKeyQualifierSequence,

    /// <summary>An AI that may not be a Digital Link query attribute was given as one.</summary>
    NotADigitalLinkAttribute,

    /// <summary>A percent-escape is malformed or decodes to a forbidden character.</summary>
    InvalidPercentEncoding,

    /// <summary>An EPC URI is not well formed, or the data has no EPC form.</summary>
    InvalidEpcUri,
}
