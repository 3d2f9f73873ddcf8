using System.Collections.Generic;
using System.Linq;
using PharmaTrace.Ledger.Generators.Json;

namespace PharmaTrace.Ledger.Generators;

/// <summary>
/// Reads the enum definitions (canonical name to member names, in declaration order) from the AST
/// in a Hardhat build-info output (<c>artifacts/build-info/&lt;id&gt;.output.json</c>). The ABI
/// carries enums as <c>uint8</c> with only the type name in <c>internalType</c>; the member names
/// exist only in the solc AST (<c>EnumDefinition.members</c>).
/// </summary>
internal static class BuildInfoReader
{
    /// <summary>Returns the build id and the enums as lines <c>Canonical.Name=Member1,Member2</c> (a string, so the result is cheap to compare between generator runs).</summary>
    public static string ReadEnums(string json)
    {
        if (JsonReader.Parse(json) is not Dictionary<string, object?> root)
        {
            return "";
        }
        var enums = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
        if (root.TryGetValue("output", out var output) && output is Dictionary<string, object?> o
            && o.TryGetValue("sources", out var sources) && sources is Dictionary<string, object?> s)
        {
            foreach (var source in s.Values)
            {
                Walk(source, enums);
            }
        }
        var id = root.TryGetValue("id", out var idValue) ? idValue as string ?? "" : "";
        return id + "\n" + string.Join("\n", enums.Select(e => e.Key + "=" + e.Value));
    }

    /// <summary>Parses the text of <see cref="ReadEnums"/> back into the build id and the enums.</summary>
    public static (string Id, Dictionary<string, string[]> Enums) Parse(string text)
    {
        var lines = text.Split('\n');
        var enums = new Dictionary<string, string[]>(System.StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => l.Contains('=')))
        {
            var equals = line.IndexOf('=');
            enums[line.Substring(0, equals)] = line.Substring(equals + 1).Split(',');
        }
        return (lines[0], enums);
    }

    private static void Walk(object? node, SortedDictionary<string, string> enums)
    {
        switch (node)
        {
            case Dictionary<string, object?> o:
                if (o.TryGetValue("nodeType", out var type) && type as string == "EnumDefinition"
                    && o.TryGetValue("canonicalName", out var name) && name is string canonical
                    && o.TryGetValue("members", out var members) && members is List<object?> list)
                {
                    enums[canonical] = string.Join(",", list.OfType<Dictionary<string, object?>>()
                        .Select(m => m.TryGetValue("name", out var n) ? n as string : null));
                    return;
                }
                foreach (var value in o.Values)
                {
                    Walk(value, enums);
                }
                break;
            case List<object?> a:
                foreach (var value in a)
                {
                    Walk(value, enums);
                }
                break;
        }
    }
}
