using System.Data.Common;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Storage;
using PharmaTrace.Indexer.Hosting;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Deployment;

namespace PharmaTrace.Indexer.Epcis;

/// <summary>
/// Projects ledger events into the EPCIS tables. The host runs it in a lane of its own (<see cref="IndexerStore"/>),
/// beside the domain projection, so it reads nothing of the domain tables: the parties and batches it needs it keeps
/// itself (<see cref="EpcisMasterDataLoader"/>). Chain id and contract (for event IDs and ledger proofs) come from the
/// deployment being indexed.
/// </summary>
public sealed class EpcisProjection(ILedgerConnectionSource connectionSource) : ILedgerProjection
{
    private readonly EpcisMasterData _masterData = new();
    private EpcisChain? _chain;

    public IReadOnlyList<string> Tables => EpcisSchema.Tables;

    /// <summary>Not the documents: a page reads them by <c>seq</c>, one each.</summary>
    public IReadOnlyList<string> PlannedTables { get; } = [.. EpcisSchema.Tables.Where(t => t != EpcisSchema.Documents)];

    public IEnumerable<string> Schema(SqlDialect dialect) => EpcisSchema.Ddl(dialect);

    public IEnumerable<string> QueryIndexes(SqlDialect dialect) => EpcisSchema.DeferredIndexes(dialect);

    public async Task ApplyAsync(DbTransaction transaction, SqlDialect dialect, IReadOnlyList<LedgerEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(events);
        // The follower applies ranges one at a time (ILedgerProjection), so the caches need no lock.
        if (_chain is null)
        {
            var manifest = (await connectionSource.GetAsync(cancellationToken)).Manifest;
            _chain = new EpcisChain(manifest.ChainId, manifest.Contracts[DeploymentManifest.PharmaLedger]);
        }

        await using var writer = new EpcisEventWriter(dialect);
        await EpcisMasterDataLoader.LoadAsync(transaction, _masterData, events, writer, cancellationToken);
        var mapper = new EpcisEventMapper(_chain, _masterData);
        foreach (var ledgerEvent in events)
        {
            if (mapper.Map(ledgerEvent) is { } epcisEvent)
            {
                writer.Add(epcisEvent);
            }
        }

        await writer.FlushAsync(transaction, cancellationToken);
    }

    /// <summary>
    /// Deletes the events above <paramref name="ancestor"/> by <c>seq</c>, which orders them by block, and the parties and
    /// batches by block; what the process had learnt is forgotten, since a rolled-back block may have created it.
    /// </summary>
    public async Task RollBackAsync(DbTransaction transaction, ulong ancestor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var connection = transaction.Connection ?? throw new InvalidOperationException("The transaction has no connection.");
        foreach (var table in Tables)
        {
            if (EpcisSchema.SeqTables.Contains(table))
            {
                await connection.ExecuteAsync($"DELETE FROM {table} WHERE seq >= @s", transaction, cancellationToken, ("@s", EpcisSchema.SeqAbove(ancestor)));
            }
            else
            {
                await connection.ExecuteAsync($"DELETE FROM {table} WHERE block_number > @n", transaction, cancellationToken, ("@n", checked((long)ancestor)));
            }
        }
        _masterData.Clear();
    }
}
