namespace PharmaTrace.Indexer.Storage;

/// <summary>The read model was built from another chain or deployment than the one configured.</summary>
public sealed class ReadModelIdentityMismatchException : Exception
{
    /// <summary>Names both identities.</summary>
    public ReadModelIdentityMismatchException(ChainIdentity stored, ChainIdentity configured)
        : base($"The read model indexes {stored}, but the indexer is configured for {configured}. " +
               "Point PharmaTrace:ReadModel:ConnectionString at another database, or delete this one to rebuild it from the chain.")
    {
        Stored = stored;
        Configured = configured;
    }

    /// <summary>What the read model records.</summary>
    public ChainIdentity Stored { get; }

    /// <summary>What the indexer was asked to follow.</summary>
    public ChainIdentity Configured { get; }
}
