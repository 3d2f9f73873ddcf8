using System.Text.RegularExpressions;

namespace PharmaTrace.Indexer.Projection;

/// <summary>The two databases the read model runs on, with one code path and a few dialect switches.</summary>
public enum SqlDialect
{
    Sqlite,
    PostgreSql,
}

/// <summary>What the one code path's SQL needs from each dialect.</summary>
public static partial class SqlDialects
{
    /// <summary>
    /// A <c>CREATE</c> statement written once for both databases, as <paramref name="dialect"/> runs it. On PostgreSQL
    /// every <c>TEXT</c> column is <c>COLLATE "C"</c>: its values compare and sort byte by byte, as SQLite's
    /// <c>BINARY</c> collation does them, so both databases order a query's rows the same whatever locale the
    /// PostgreSQL database was created with. The read model's text is hex, codes and URIs, which have no
    /// language's order; and an index of byte-ordered text compares keys with <c>memcmp</c> rather than the
    /// locale's <c>strcoll</c>, which a catch-up's million index inserts feel.
    /// </summary>
    public static string Ddl(this SqlDialect dialect, string statement) =>
        dialect == SqlDialect.PostgreSql ? TextType().Replace(statement, "TEXT COLLATE \"C\"") : statement;

    [GeneratedRegex(@"\bTEXT\b", RegexOptions.CultureInvariant)]
    private static partial Regex TextType();
}
