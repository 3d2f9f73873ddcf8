namespace PharmaTrace.Gs1;

/// <summary>Marks the assembly until the GS1 types land.</summary>
public static class Placeholder;
