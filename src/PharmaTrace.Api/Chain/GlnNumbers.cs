namespace PharmaTrace.Api.Chain;

/// <summary>GLN-13 numbers for generated participants: a 12-digit body and its check digit.</summary>
internal static class GlnNumbers
{
    /// <summary>The GLN with body <paramref name="body12"/> and its mod-10 check digit (GS1 General Specifications 7.9.1).</summary>
    public static ulong Make(ulong body12)
    {
        var sum = 0UL;
        var rest = body12;
        for (var i = 0; i < 12; i++)
        {
            // Weights 3,1,3,... from the rightmost body digit.
            sum += rest % 10 * (i % 2 == 0 ? 3UL : 1UL);
            rest /= 10;
        }
        return (body12 * 10) + ((10 - (sum % 10)) % 10);
    }
}
