namespace PharmaTrace.Gs1.ApplicationIdentifiers;

/// <summary>The character set of an AI value component (GS1 General Specifications §7.11).</summary>
public enum AiCharacterSet
{
    /// <summary>"N": digits 0-9.</summary>
    Numeric,

    /// <summary>"X": GS1 AI encodable character set 82.</summary>
    Cset82,

    /// <summary>"Y": GS1 AI encodable character set 39 (digits, upper case, '#', '-', '/').</summary>
    Cset39,

    /// <summary>"Z": GS1 AI encodable character set 64 (URI-safe base64, with '=' padding).</summary>
    Cset64,
}
