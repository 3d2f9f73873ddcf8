using System.Buffers;
using PharmaTrace.Gs1.ApplicationIdentifiers;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Gs1.Linters;

namespace PharmaTrace.Gs1.DigitalLink;

/// <summary>
/// Reads a GS1 Digital Link URI on any domain and under any path prefix (GS1 Digital Link standard
/// §4-6): the primary key is the rightmost "/AI/value" pair whose AI is a dlpkey, found by walking
/// back from the end of the path in pairs, as GS1's Syntax Engine does; key qualifiers follow it;
/// numeric query parameters are AI attributes, others (e.g. linkType) are ignored.
/// </summary>
internal static class DigitalLinkParser
{
    // RFC 3986 §2: the characters that may appear in a URI at all.
    private static readonly SearchValues<char> UriCharacters = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%");

    // Of those, the ones that cannot be in a host name (RFC 3986 §3.2.2), or bring userinfo.
    private static readonly SearchValues<char> BadDomainCharacters = SearchValues.Create("_~?#@!$&'()*+,;=%");

    // A key and its qualifiers need at most four pairs; the rest is prefix. Bounding the walk back
    // keeps the work linear in the input whatever it holds.
    private const int MaxPathPairs = 16;

    internal static bool LooksLikeUri(ReadOnlySpan<char> text) =>
        text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    internal static Gs1ParseError? Parse(string uri, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        ReadOnlySpan<char> text = uri;
        var bad = text.IndexOfAnyExcept(UriCharacters);
        if (bad >= 0)
        {
            return Invalid($"URI contains an illegal character {CharacterSets.Show(text[bad])} at position {bad + 1}");
        }

        if (!LooksLikeUri(text))
        {
            return Invalid("not an http or https URI");
        }

        var afterScheme = text[(text.IndexOf(':') + 3)..];
        var slash = afterScheme.IndexOf('/');
        if (slash <= 0)
        {
            return Invalid(slash < 0 ? "URI has no path" : "URI has no domain");
        }

        if (afterScheme[..slash].IndexOfAny(BadDomainCharacters) >= 0)
        {
            return Invalid("URI domain contains an illegal character");
        }

        var rest = afterScheme[slash..];
        var fragment = rest.IndexOf('#');
        if (fragment >= 0)
        {
            rest = rest[..fragment];
        }

        var queryStart = rest.IndexOf('?');
        var path = queryStart < 0 ? rest : rest[..queryStart];
        var query = queryStart < 0 ? [] : rest[(queryStart + 1)..];
        return ParsePathAndQuery(path, query, options, out result);
    }

    private static Gs1ParseError? ParsePathAndQuery(ReadOnlySpan<char> path, ReadOnlySpan<char> query, Gs1ParseOptions options, out Gs1ElementString? result)
    {
        result = null;
        var dictionary = AiTable.Default;
        Span<int> slashes = stackalloc int[MaxPathPairs * 3];
        var pairs = 0;
        var end = path.Length;
        AiDefinition? primaryKey = null;
        while (pairs < MaxPathPairs && primaryKey is null)
        {
            var valueSlash = path[..end].LastIndexOf('/');
            var aiSlash = valueSlash <= 0 ? -1 : path[..valueSlash].LastIndexOf('/');
            if (aiSlash < 0 || !dictionary.TryGet(path[(aiSlash + 1)..valueSlash], out var definition))
            {
                break;
            }

            slashes[pairs * 3] = aiSlash;
            slashes[(pairs * 3) + 1] = valueSlash;
            slashes[(pairs * 3) + 2] = end;
            pairs++;
            primaryKey = definition.IsDigitalLinkPrimaryKey ? definition : null;
            end = aiSlash;
        }

        if (primaryKey is null)
        {
            return Invalid("no GS1 Digital Link primary key in the URI path");
        }

        var buffer = default(ElementBuffer);
        try
        {
            // Path pairs were found right to left; read them left to right.
            for (var pair = pairs - 1; pair >= 0; pair--)
            {
                var aiSlash = slashes[pair * 3];
                var valueSlash = slashes[(pair * 3) + 1];
                dictionary.TryGet(path[(aiSlash + 1)..valueSlash], out var definition);
                var error = ReadValue(definition!, path[(valueSlash + 1)..slashes[(pair * 3) + 2]], isQuery: false, ref buffer);
                if (error is not null)
                {
                    return error;
                }

                var qualifiers = buffer.Elements[1..];
                if (!KeyQualifierSequences.IsValid(primaryKey, qualifiers))
                {
                    return Gs1ParseError.AiSentence(
                        Gs1ErrorKind.InvalidKeyQualifierSequence,
                        definition!.Ai,
                        $"is not a key qualifier of AI ({primaryKey.Ai}) in this place (the path allows {KeyQualifierSequences.Describe(primaryKey)}, in that order)");
                }
            }

            var pathCount = buffer.Count;
            foreach (var range in query.Split('&'))
            {
                var error = ReadQueryParameter(dictionary, primaryKey, query[range], pathCount, ref buffer);
                if (error is not null)
                {
                    return error;
                }
            }

            return ElementStringCompletion.Complete(dictionary, ref buffer, options, out result);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static Gs1ParseError? ReadQueryParameter(
        AiTable dictionary, AiDefinition primaryKey, ReadOnlySpan<char> parameter, int pathCount, ref ElementBuffer buffer)
    {
        var equals = parameter.IndexOf('=');
        if (equals < 0)
        {
            return null;
        }

        // Non-numeric keys are not GS1 data (e.g. linkType, §7); numeric ones must be AIs.
        var key = parameter[..equals];
        if (!CharacterSets.IsDigits(key))
        {
            return null;
        }

        if (!dictionary.TryGet(key, out var definition))
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.UnknownAi, BracketedParser.Shorten(key), "unknown AI in the query");
        }

        if (!definition.IsDigitalLinkAttribute)
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.NotADigitalLinkAttribute, definition.Ai, "not permitted as a GS1 Digital Link query attribute");
        }

        if (KeyQualifierSequences.BelongsInPath(primaryKey, buffer.Elements[1..pathCount], definition.Ai))
        {
            return Gs1ParseError.ForAi(
                Gs1ErrorKind.InvalidKeyQualifierSequence, definition.Ai, $"is a key qualifier of AI ({primaryKey.Ai}) and belongs in the URI path");
        }

        return ReadValue(definition, parameter[(equals + 1)..], isQuery: true, ref buffer);
    }

    private static Gs1ParseError? ReadValue(AiDefinition definition, ReadOnlySpan<char> encoded, bool isQuery, ref ElementBuffer buffer)
    {
        if (encoded.IsEmpty)
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.EmptyValue, definition.Ai, "value is empty");
        }

        if (!PercentEncoding.TryDecode(encoded, isQuery, out var value))
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.InvalidPercentEncoding, definition.Ai, "invalid percent-encoding");
        }

        // GS1's Syntax Engine widens a GTIN-8, -12 or -13 given as a query attribute to 14 digits.
        if (isQuery && definition.Ai == "01" && value.Length is 8 or 12 or 13)
        {
            value = value.PadLeft(14, '0');
        }

        if (buffer.Contains(definition.Ai))
        {
            return Gs1ParseError.ForAi(Gs1ErrorKind.DuplicateAi, definition.Ai, "appears more than once in the URI");
        }

        var error = ElementValidator.Validate(definition, value);
        if (error is null)
        {
            buffer.Add(new AiElement(definition.Ai, value));
        }

        return error;
    }

    private static Gs1ParseError Invalid(string rule) => Gs1ParseError.General(Gs1ErrorKind.InvalidDigitalLink, rule);
}
