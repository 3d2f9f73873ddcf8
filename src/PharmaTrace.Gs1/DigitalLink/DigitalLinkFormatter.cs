using System.Text;
using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.ElementStrings;

namespace PharmaTrace.Gs1.DigitalLink;

/// <summary>
/// Writes element strings as a GS1 Digital Link URI (GS1 Digital Link standard §4-6): the first
/// primary key in the data, then those of its qualifiers that are present in the order of the
/// alternative that covers most of them, then every other AI as a query attribute.
/// </summary>
internal static class DigitalLinkFormatter
{
    internal static string? TryFormat(Gs1ElementString data, string stem, out string? failure)
    {
        failure = null;
        var dictionary = AiTable.Default;
        var elements = data.Elements.AsSpan();
        var keyIndex = -1;
        AiDefinition? primaryKey = null;
        for (var i = 0; i < elements.Length && primaryKey is null; i++)
        {
            if (dictionary.TryGet(elements[i].Ai, out var definition) && definition.IsDigitalLinkPrimaryKey)
            {
                primaryKey = definition;
                keyIndex = i;
            }
        }

        if (primaryKey is null)
        {
            failure = "the data has no GS1 Digital Link primary key";
            return null;
        }

        Span<bool> used = stackalloc bool[elements.Length];
        used[keyIndex] = true;
        var uri = new StringBuilder(stem.TrimEnd('/'));
        AppendPathPair(uri, elements[keyIndex]);
        foreach (var qualifier in BestAlternative(primaryKey, data))
        {
            var index = IndexOf(elements, qualifier);
            if (index >= 0)
            {
                used[index] = true;
                AppendPathPair(uri, elements[index]);
            }
        }

        var separator = '?';
        for (var i = 0; i < elements.Length; i++)
        {
            if (used[i])
            {
                continue;
            }

            dictionary.TryGet(elements[i].Ai, out var definition);
            if (definition is null || !definition.IsDigitalLinkAttribute)
            {
                failure = $"AI ({elements[i].Ai}) cannot be a GS1 Digital Link query attribute";
                return null;
            }

            uri.Append(separator).Append(elements[i].Ai).Append('=');
            PercentEncoding.Encode(uri, elements[i].Value);
            separator = '&';
        }

        return uri.ToString();
    }

    private static System.Collections.Immutable.ImmutableArray<string> BestAlternative(AiDefinition primaryKey, Gs1ElementString data) =>
        primaryKey.DigitalLinkQualifierSequences
            .Select((sequence, order) => (sequence, order, present: sequence.Count(data.Contains)))
            .OrderByDescending(a => a.present)
            .ThenBy(a => a.order)
            .First()
            .sequence;

    private static void AppendPathPair(StringBuilder uri, AiElement element)
    {
        uri.Append('/').Append(element.Ai).Append('/');
        PercentEncoding.Encode(uri, element.Value);
    }

    private static int IndexOf(ReadOnlySpan<AiElement> elements, string ai)
    {
        for (var i = 0; i < elements.Length; i++)
        {
            if (string.Equals(elements[i].Ai, ai, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
