using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Indexer.Tests.Projection;

[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class ReorganisationTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    [Test]
    public async Task A_reorganisation_removes_the_rows_of_orphaned_blocks_and_projects_the_new_branch()
    {
        var a = await Actors.AdmitAsync(World, Token);
        var batch = new TestBatch(6);
        await batch.RegisterAsync(World, a.Manufacturer, 6, Token);
        var indexer = await IndexerAsync();
        await indexer.CatchUpAsync(Token);
        var snapshot = await World.SnapshotAsync(Token);

        // Branch A: a domestic shipment, received.
        var orphanedDispatch = await World.SendAsync(a.Manufacturer, PharmaLedger.EncodeDispatch(batch.Id, a.Wholesaler.Address, 3, 0), Token);
        var orphanedReceipt = await World.SendAsync(a.Wholesaler, PharmaLedger.EncodeReceiveShipment(1), Token);
        await indexer.StepToHeadAsync(Token);
        Assert.That(await TableDump.CountAsync(indexer.Database, "SELECT COUNT(*) FROM shipment_event", Token), Is.EqualTo(2));

        // Branch B replaces it from the snapshot: one cross-border shipment, then one more block than A had.
        await World.RevertAsync(snapshot!, Token);
        var manufacturer = World.Renew(a.Manufacturer);
        var dispatch = await World.SendAsync(manufacturer, PharmaLedger.EncodeDispatch(batch.Id, a.WholesalerFr.Address, 2, 0), Token);
        await indexer.StepToHeadAsync(Token);
        await World.SendAsync(World.Renew(a.RegulatorDe), PharmaLedger.EncodeQuarantineBatch(batch.Id, "branch B"), Token);
        await World.SendAsync(World.Renew(a.RegulatorDe), PharmaLedger.EncodeReleaseQuarantine(batch.Id, "branch B"), Token);
        await indexer.StepToHeadAsync(Token);

        var db = indexer.Database;
        var head = await World.Client.GetBlockByNumberAsync(await World.HeadAsync(Token), Token);
        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await TableDump.RowsAsync(db, "SELECT shipment_id, kind, to_address, quantity, tx_hash FROM shipment_event", Token), Is.EqualTo(new[]
            {
                new object?[] { 1L, "dispatched", SupplyChainScenario.Hex(a.WholesalerFr.Address), 2L, dispatch.TransactionHash.ToString() },
            }));
            foreach (var orphan in new[] { orphanedDispatch, orphanedReceipt })
            {
                Assert.That(await TableDump.CountAsync(db, "SELECT COUNT(*) FROM custody_movement WHERE tx_hash = @t", Token, ("@t", orphan.TransactionHash.ToString())), Is.Zero);
            }
            var custody = await TableDump.RowsAsync(db, "SELECT holder, CAST(SUM(delta) AS BIGINT) FROM custody_movement GROUP BY holder HAVING SUM(delta) <> 0", Token);
            Assert.That(custody.ToDictionary(r => (string)r[0]!, r => (long)r[1]!), Is.EquivalentTo(new Dictionary<string, long>
            {
                [SupplyChainScenario.Hex(a.Manufacturer.Address)] = 4,
                ["in_transit"] = 2,
            }));
            Assert.That(await TableDump.CountAsync(db, "SELECT COUNT(*) FROM batch_status", Token), Is.EqualTo(2));
            var checkpoint = await indexer.Store.ReadCheckpointAsync(Token);
            Assert.That(checkpoint.BlockHash, Is.EqualTo(head!.Hash), "the checkpoint is the new branch's head");
            Assert.That(await TableDump.CountAsync(db, "SELECT COUNT(*) FROM indexer_block WHERE block_hash = @h", Token, ("@h", orphanedReceipt.BlockHash.ToString())), Is.Zero);
        });

        // Both lanes, the EPCIS one included, equal a replay of the new branch alone.
        var fresh = await IndexerAsync(await SecondReadModelAsync());
        await fresh.CatchUpAsync(Token);
        Assert.That(await TableDump.DumpAsync(indexer, Token), Is.EqualTo(await TableDump.DumpAsync(fresh, Token)));
    }
}
