using System.Data.Common;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;

namespace PharmaTrace.Indexer.Epcis.Storage;

/// <summary>
/// Appends a range's events to the EPCIS tables with the read model's multi-row inserts (<see cref="RowBuffer"/>).
/// Each range is applied exactly once (the indexer commits it with the checkpoint's compare-and-swap), so plain
/// inserts suffice.
/// </summary>
internal sealed class EpcisEventWriter(SqlDialect dialect) : IAsyncDisposable
{
    private readonly RowBuffer _events = new(dialect, EpcisSchema.Events, "seq", "event_id", "event_time", "action", "biz_step", "disposition",
        "biz_location", "source_owning_party", "destination_owning_party", "countries", "block_number", "log_index");
    private readonly RowBuffer _documents = new(dialect, EpcisSchema.Documents, "seq", "block_number", "document");
    private readonly RowBuffer _epcs = new(dialect, EpcisSchema.Epcs, "kind", "epc", "seq", "block_number");
    private readonly RowBuffer _parties = new(dialect, EpcisSchema.Parties, "address", "gln", "country", "block_number");
    private readonly RowBuffer _batches = new(dialect, EpcisSchema.Batches, "batch_id", "gtin", "lot", "expiry", "country", "block_number");

    public void AddParty(Ledger.Primitives.Address address, Mapping.EpcisParty party, ulong blockNumber) =>
        _parties.Add(address.ToLowerHexString(), party.Gln, party.Country, checked((long)blockNumber));

    public void AddBatch(Ledger.Primitives.Hash32 batchId, Mapping.EpcisBatch batch, ulong blockNumber) =>
        _batches.Add(batchId.ToString(), batch.Gtin, batch.Lot, batch.Expiry, batch.Country, checked((long)blockNumber));

    public void Add(EpcisEvent e)
    {
        var seq = EpcisSchema.Seq(e.BlockNumber, e.LogIndex);
        var block = checked((long)e.BlockNumber);
        _events.Add(seq, e.EventId, e.EventTime.ToUnixTimeMilliseconds(), EpcisSchema.ActionCodes.Code(e.Action),
            EpcisSchema.BizStepCodes.Code(e.BizStep), EpcisSchema.DispositionCodes.Code(e.Disposition), EpcisSchema.GlnKey(e.BizLocation),
            EpcisSchema.GlnKey(e.SourceOwningParty), EpcisSchema.GlnKey(e.DestinationOwningParty), EpcisSchema.CountriesColumn(e.Countries), block, (long)e.LogIndex);
        _documents.Add(seq, block, e.StoredUtf8);
        foreach (var epc in e.Epcs.Distinct(StringComparer.Ordinal))
        {
            _epcs.Add(EpcisEpcKind.Epc, epc, seq, block);
        }

        foreach (var epcClass in e.EpcClasses.Distinct(StringComparer.Ordinal))
        {
            _epcs.Add(EpcisEpcKind.Class, epcClass, seq, block);
        }
    }

    public async Task FlushAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        await _events.FlushAsync(transaction, cancellationToken);
        await _documents.FlushAsync(transaction, cancellationToken);
        await _epcs.FlushAsync(transaction, cancellationToken);
        await _parties.FlushAsync(transaction, cancellationToken);
        await _batches.FlushAsync(transaction, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _events.DisposeAsync();
        await _documents.DisposeAsync();
        await _epcs.DisposeAsync();
        await _parties.DisposeAsync();
        await _batches.DisposeAsync();
    }
}
