namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>One GS1 element: an Application Identifier and its value, e.g. ("17", "201231").</summary>
/// <param name="Ai">The AI, 2 to 4 digits.</param>
/// <param name="Value">The value, as carried in the barcode (no brackets, escapes or percent-encoding).</param>
public readonly record struct AiElement(string Ai, string Value)
{
    /// <summary>The element in bracketed form, e.g. "(17)201231".</summary>
    public override string ToString() => $"({Ai}){Value}";
}
