using System.Globalization;
using PharmaTrace.Api.Problems;
using PharmaTrace.Gs1.Identifiers;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Endpoints;

/// <summary>Field parsers that record the broken rule in a <see cref="Validator"/> and return a default.</summary>
internal static class Parse
{
    public static ulong Gtin(Validator v, string field, string? value)
    {
        if (value is not null && Gs1.Identifiers.Gtin.TryParse(value, out var gtin))
        {
            return ulong.Parse(gtin.Value, CultureInfo.InvariantCulture);
        }
        v.Add(field, "must be a GTIN of 8, 12, 13 or 14 digits with a valid GS1 check digit (GS1 General Specifications 7.9.1)");
        return 0;
    }

    public static ulong Gln(Validator v, string field, string? value)
    {
        if (value is not null && Gs1.Identifiers.Gln.TryParse(value, out var gln))
        {
            return ulong.Parse(gln.Value, CultureInfo.InvariantCulture);
        }
        v.Add(field, "must be a GLN of 13 digits with a valid GS1 check digit");
        return 0;
    }

    public static Address? Address(Validator v, string field, string? value, bool required)
    {
        if (value is null && !required)
        {
            return null;
        }
        if (Ledger.Primitives.Address.TryParse(value, out var address) && address != Ledger.Primitives.Address.Zero)
        {
            return address;
        }
        v.Add(field, "must be a non-zero account address, 0x and 40 hex digits");
        return null;
    }

    public static string Lot(Validator v, string field, string? value)
    {
        // GS1 AI 10: X..20 of GS1 character set 82 (General Specifications 7.11, figure 7.11-1).
        const string Set82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
        if (value is { Length: >= 1 and <= 20 } && value.All(c => Set82.Contains(c, StringComparison.Ordinal)))
        {
            return value;
        }
        v.Add(field, "must be 1 to 20 characters of GS1 character set 82 (AI 10)");
        return "";
    }

    public static string Reason(Validator v, string field, string? value)
    {
        if (value is { Length: >= 1 and <= 200 } && !string.IsNullOrWhiteSpace(value))
        {
            return value;
        }
        v.Add(field, "is required: 1 to 200 characters");
        return "";
    }

    public static byte[] Country(Validator v, string field, string? value)
    {
        if (value is { Length: 2 } && value.All(char.IsAsciiLetterUpper))
        {
            return System.Text.Encoding.ASCII.GetBytes(value);
        }
        v.Add(field, "must be an ISO 3166-1 alpha-2 code: two upper-case letters");
        return [];
    }
}
