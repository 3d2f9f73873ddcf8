using System.Numerics;
using System.Text;
using System.Text.Json;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Rlp;

namespace PharmaTrace.Ledger.Tests.Rlp;

/// <summary>One named vector of ethereum/tests' RLPTests (see Vectors/README.md).</summary>
public sealed record RlpVector(string Name, RlpItem? Input, byte[] Output)
{
    public override string ToString() => Name;

    public static IEnumerable<RlpVector> Read(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Vectors", fileName);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var input = property.Value.GetProperty("in");
            var output = Hex.Decode(property.Value.GetProperty("out").GetString()!);
            var item = input.ValueKind == JsonValueKind.String && input.GetString() == "INVALID" ? null : ToItem(input);
            yield return new RlpVector(property.Name, item, output);
        }
    }

    public TestCaseData ToTestCase() => new TestCaseData(this).SetArgDisplayNames(Name);

    /// <summary>A canonical text form of an item, for assertions that show what differs.</summary>
    public static string Describe(RlpItem item) => item is RlpString s
        ? Hex.Encode(s.Value.Span)
        : "[" + string.Join(", ", ((RlpList)item).Items.Select(Describe)) + "]";

    // The ethereum/tests conventions: '#' starts a big integer, '0x' starts hex bytes, numbers are
    // scalars, other strings are their characters as bytes.
    private static RlpItem ToItem(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => new RlpList(element.EnumerateArray().Select(ToItem).ToArray()),
        JsonValueKind.Number => RlpString.FromUInt64(element.GetUInt64()),
        JsonValueKind.String => FromText(element.GetString()!),
        _ => throw new InvalidDataException($"Unexpected JSON in an RLP vector: {element}"),
    };

    private static RlpString FromText(string text)
    {
        if (text.StartsWith('#'))
        {
            return RlpString.FromBigInteger(BigInteger.Parse(text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.StartsWith("0x", StringComparison.Ordinal)
            ? new RlpString(Hex.Decode(text))
            : new RlpString(Encoding.Latin1.GetBytes(text));
    }
}
