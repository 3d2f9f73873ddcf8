namespace PharmaTrace.Indexer.Storage;

/// <summary>The read model's tables have another layout than this version of the indexer writes (<see cref="IndexerSchema.Version"/>).</summary>
public sealed class ReadModelSchemaMismatchException : Exception
{
    /// <summary>Names both versions.</summary>
    public ReadModelSchemaMismatchException(long stored, long expected)
        : base($"The read model's tables are of layout version {stored}, but this indexer writes version {expected}. " +
               "Delete the read model to rebuild it from the chain, or point PharmaTrace:ReadModel:ConnectionString at an empty database.")
    {
        Stored = stored;
        Expected = expected;
    }

    /// <summary>The version the read model records.</summary>
    public long Stored { get; }

    /// <summary>The version this indexer writes.</summary>
    public long Expected { get; }
}
