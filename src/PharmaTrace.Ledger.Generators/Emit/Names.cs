using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace PharmaTrace.Ledger.Generators.Emit;

/// <summary>Turns Solidity identifiers into C# identifiers.</summary>
internal static class Names
{
    private static readonly char[] Separators = ['_', '$'];

    /// <summary><c>shipmentId</c> → <c>ShipmentId</c>; <c>PROPOSAL_PERIOD</c> → <c>ProposalPeriod</c>.</summary>
    public static string Pascal(string name)
    {
        var parts = name.Split(Separators, System.StringSplitOptions.RemoveEmptyEntries);
        var pascal = string.Concat(parts.Select(p => p.All(c => !char.IsLower(c))
            ? char.ToUpperInvariant(p[0]) + p.Substring(1).ToLowerInvariant()
            : char.ToUpperInvariant(p[0]) + p.Substring(1)));
        return pascal.Length == 0 || char.IsDigit(pascal[0]) ? "Value" + pascal : pascal;
    }

    /// <summary>A camelCase parameter name, escaped with <c>@</c> when it is a C# keyword.</summary>
    public static string Camel(string name, int position)
    {
        if (name.Length == 0)
        {
            return "arg" + position;
        }
        var pascal = Pascal(name);
        var camel = char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
        return SyntaxFacts.GetKeywordKind(camel) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(camel) != SyntaxKind.None
            ? "@" + camel
            : camel;
    }

    /// <summary>A record member name; unnamed values become <c>Item1</c>, <c>Item2</c>, ...</summary>
    public static string Member(string name, int position) => name.Length == 0 ? "Item" + (position + 1) : Pascal(name);

    /// <summary>A C# string literal of <paramref name="text"/>.</summary>
    public static string Literal(string text) =>
        SymbolDisplay.FormatLiteral(text, quote: true);
}
