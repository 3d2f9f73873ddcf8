using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Tests;

/// <summary>
/// The tests run SQLite as the hosts do (<see cref="SqliteEngine"/>): its process-wide settings go in before any test (all are in this namespace)
/// opens a database, whichever comes first.
/// </summary>
[SetUpFixture]
public sealed class SqliteEngineSetUp
{
    [OneTimeSetUp]
    public void ConfigureSqlite() => SqliteEngine.Configure();
}
