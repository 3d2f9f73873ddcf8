using System.Collections.Frozen;

namespace PharmaTrace.Gs1.Linters;

/// <summary>
/// The linters named in the GS1 Barcode Syntax Dictionary, by name. The reference implementations
/// are GS1's "syntax tests" (https://ref.gs1.org/tools/gs1-barcode-syntax-resource/syntax-tests/);
/// ours follow their rules.
/// </summary>
internal static class LinterRegistry
{
    /// <summary>
    /// Linters deliberately not implemented; a value they would check still gets its length and
    /// character-set checks. "packagetype" (AI 7041) needs the UN/ECE Recommendation 21 package type
    /// code list, which changes independently of the dictionary; "couponcode" and "couponposoffer"
    /// (AIs 8110, 8112) validate the North American coupon structures of GS1 General Specifications
    /// §3.9.13-14, which a pharmaceutical supply chain never carries. Any other name the dictionary
    /// uses that is not implemented below is ignored the same way and listed by
    /// <see cref="ApplicationIdentifiers.AiTable.IgnoredLinters"/>.
    /// </summary>
    internal static readonly FrozenSet<string> DeliberatelyUnimplemented =
        FrozenSet.Create(StringComparer.Ordinal, "packagetype", "couponcode", "couponposoffer");

    private static readonly FrozenDictionary<string, Linter> ByName = new Linter[]
    {
        new("csum", Gs1ErrorKind.CheckDigit, "check digit is wrong", CheckDigit.IsValid),
        new("csumalpha", Gs1ErrorKind.CheckDigit, "check character pair is wrong", CheckCharacterPair.IsValid),
        new("gcppos1", Gs1ErrorKind.InvalidContent, "does not start with a GS1 Company Prefix", TextLinters.StartsWithCompanyPrefix),
        new("gcppos2", Gs1ErrorKind.InvalidContent, "does not have a GS1 Company Prefix after its first digit", TextLinters.HasCompanyPrefixAtSecond),
        new("yymmd0", Gs1ErrorKind.InvalidDate, "not a valid date", DateLinters.IsYymmd0),
        new("yymmdd", Gs1ErrorKind.InvalidDate, "not a valid date", DateLinters.IsYymmdd),
        new("yyyymmdd", Gs1ErrorKind.InvalidDate, "not a valid date", DateLinters.IsYyyymmdd),
        new("hhmi", Gs1ErrorKind.InvalidTime, "not a valid time", DateLinters.IsHhmi),
        new("hh", Gs1ErrorKind.InvalidTime, "not a valid hour", DateLinters.IsHour),
        new("mi", Gs1ErrorKind.InvalidTime, "not a valid minute", DateLinters.IsMinuteOrSecond),
        new("ss", Gs1ErrorKind.InvalidTime, "not a valid second", DateLinters.IsMinuteOrSecond),
        new("iso3166", Gs1ErrorKind.InvalidCode, "not an ISO 3166 numeric country code", CountryCodes.IsNumeric),
        new("iso3166999", Gs1ErrorKind.InvalidCode, "not an ISO 3166 numeric country code or 999", CountryCodes.IsNumericOr999),
        new("iso3166alpha2", Gs1ErrorKind.InvalidCode, "not an ISO 3166 alpha-2 country code", CountryCodes.IsAlpha2),
        new("iso4217", Gs1ErrorKind.InvalidCode, "not an ISO 4217 numeric currency code", CurrencyCodes.IsNumeric),
        new("iso5218", Gs1ErrorKind.InvalidCode, "not an ISO/IEC 5218 sex code (0, 1, 2 or 9)", CodeListLinters.IsIso5218),
        new("iban", Gs1ErrorKind.InvalidCode, "not a valid IBAN", Iban.IsValid),
        new("mediatype", Gs1ErrorKind.InvalidCode, "not an AIDC media type (01-10, 80-99)", CodeListLinters.IsMediaType),
        new("importeridx", Gs1ErrorKind.InvalidCode, "not an importer index (0-9, A-Z, a-z, '-' or '_')", CodeListLinters.IsImporterIndex),
        new("yesno", Gs1ErrorKind.InvalidContent, "must be 0 or 1", CodeListLinters.IsYesNo),
        new("winding", Gs1ErrorKind.InvalidContent, "winding direction must be 0, 1 or 9", CodeListLinters.IsWinding),
        new("zero", Gs1ErrorKind.InvalidContent, "must be 0", CodeListLinters.IsZero),
        new("hyphen", Gs1ErrorKind.InvalidContent, "must be '-'", CodeListLinters.IsHyphen),
        new("nonzero", Gs1ErrorKind.InvalidContent, "must not be zero", NumericLinters.IsNonZero),
        new("nozeroprefix", Gs1ErrorKind.InvalidContent, "must not start with 0", NumericLinters.HasNoZeroPrefix),
        new("pieceoftotal", Gs1ErrorKind.InvalidContent, "piece number must be from 1 to the total", NumericLinters.IsPieceOfTotal),
        new("posinseqslash", Gs1ErrorKind.InvalidContent, "not a position in a sequence (\"n/m\", 1 <= n <= m)", NumericLinters.IsPositionInSequence),
        new("latitude", Gs1ErrorKind.InvalidContent, "latitude out of range", NumericLinters.IsLatitude),
        new("longitude", Gs1ErrorKind.InvalidContent, "longitude out of range", NumericLinters.IsLongitude),
        new("pcenc", Gs1ErrorKind.InvalidPercentEncoding, "invalid percent-encoding", TextLinters.IsPercentEncoded),
        new("hasnondigit", Gs1ErrorKind.InvalidContent, "must contain a non-digit character", TextLinters.HasNonDigit),
    }.ToFrozenDictionary(l => l.Name, StringComparer.Ordinal);

    /// <summary>The linter called <paramref name="name"/>, or null when it is not implemented.</summary>
    internal static Linter? Find(string name) => ByName.GetValueOrDefault(name);

    internal static IEnumerable<string> ImplementedNames => ByName.Keys;
}
