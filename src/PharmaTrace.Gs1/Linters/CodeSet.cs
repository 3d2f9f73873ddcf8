namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// A set of small codes written as readable ranges ("004 008 031-032"), held as a bit table so a
/// lookup costs one array read.
/// </summary>
internal sealed class CodeSet
{
    private readonly bool[] _members;

    private CodeSet(bool[] members) => _members = members;

    internal bool Contains(int index) => (uint)index < (uint)_members.Length && _members[index];

    /// <summary>Three-digit numeric codes, e.g. ISO 3166 "num-3" or ISO 4217 numeric.</summary>
    internal static CodeSet FromNumericRanges(string ranges) => Build(ranges, 1000, static s => int.Parse(s));

    /// <summary>Two-letter codes, e.g. ISO 3166 alpha-2; a range runs in alphabetical order ("AZ-BB").</summary>
    internal static CodeSet FromAlpha2Ranges(string ranges) => Build(ranges, 26 * 26, static s => Alpha2Index(s));

    internal static int Alpha2Index(ReadOnlySpan<char> code) =>
        code.Length == 2 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z'
            ? ((code[0] - 'A') * 26) + (code[1] - 'A')
            : -1;

    private static CodeSet Build(string ranges, int size, Func<string, int> index)
    {
        var members = new bool[size];
        foreach (var token in ranges.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = token.IndexOf('-', StringComparison.Ordinal);
            var first = index(dash < 0 ? token : token[..dash]);
            var last = dash < 0 ? first : index(token[(dash + 1)..]);
            for (var i = first; i <= last; i++)
            {
                members[i] = true;
            }
        }

        return new CodeSet(members);
    }
}
