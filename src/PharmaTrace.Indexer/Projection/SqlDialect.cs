namespace PharmaTrace.Indexer.Projection;

/// <summary>The two databases the read model runs on, with one code path and a few dialect switches.</summary>
public enum SqlDialect
{
    Sqlite,
    PostgreSql,
}
