using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Epcis;

/// <summary>
/// The database of the EPCIS tables (<see cref="ReadModelOptions.Epcis"/>): on SQLite a file beside the read model's,
/// on PostgreSQL the read model's database through a pool of its own. The EPCIS lane writes it; the query service reads it.
/// </summary>
public sealed class EpcisReadModel(ReadModelOptions readModel) : IAsyncDisposable
{
    /// <summary>The EPCIS tables' database.</summary>
    public ReadModelDatabase Database { get; } = new(readModel?.Epcis() ?? throw new ArgumentNullException(nameof(readModel)));

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
