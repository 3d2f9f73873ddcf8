using PharmaTrace.Gs1.ApplicationIdentifiers;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// The last steps every parser shares: put the elements in canonical order (ascending AI, the
/// dictionary's own order) so the same data gives the same list whatever form it came in, merge
/// exact repeats, refuse conflicting repeats, and check the req= / ex= associations.
/// </summary>
internal static class ElementStringCompletion
{
    /// <summary>Validates loose elements (AI and value) and completes them.</summary>
    internal static Gs1ParseError? FromElements(ReadOnlySpan<AiElement> elements, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        var dictionary = AiTable.Default;
        var buffer = default(ElementBuffer);
        try
        {
            foreach (var element in elements)
            {
                if (element.Ai is null || !dictionary.TryGet(element.Ai, out var definition))
                {
                    return Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, BracketedParser.Shorten(element.Ai ?? string.Empty), "unknown AI");
                }

                var error = ElementValidator.Validate(definition, element.Value ?? string.Empty);
                if (error is not null)
                {
                    return error;
                }

                buffer.Add(new AiElement(definition.Ai, element.Value!));
            }

            return Complete(dictionary, ref buffer, options, out result);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    internal static Gs1ParseError? Complete(
        AiTable dictionary, ref ElementBuffer buffer, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        if (buffer.Count == 0)
        {
            return Gs1ParseError.General(Gs1ErrorKind.EmptyInput, "no GS1 elements found");
        }

        var sorted = buffer.Elements.ToArray();
        InsertionSortByAi(sorted);

        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (count > 0 && string.Equals(sorted[count - 1].Ai, sorted[i].Ai, StringComparison.Ordinal))
            {
                // A repeat carries no new information; a different value is a contradiction
                // (the same rule as GS1's Syntax Engine).
                if (!string.Equals(sorted[count - 1].Value, sorted[i].Value, StringComparison.Ordinal))
                {
                    return Gs1ParseError.ForAi(Gs1ErrorKind.DuplicateAi, sorted[i].Ai, "appears more than once with different values");
                }

                continue;
            }

            sorted[count++] = sorted[i];
        }

        if (count != sorted.Length)
        {
            Array.Resize(ref sorted, count);
        }

        if ((options & Gs1ParseOptions.SkipAssociationValidation) == 0)
        {
            var error = AssociationValidator.Validate(dictionary, sorted);
            if (error is not null)
            {
                return error;
            }
        }

        result = new Gs1ElementString(sorted);
        return null;
    }

    // A handful of elements, nearly always: insertion sort beats a general sort and is stable.
    private static void InsertionSortByAi(AiElement[] items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(items[j].Ai, item.Ai) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }
}
