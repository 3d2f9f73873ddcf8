using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Projection;

[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class EveryEventTypeTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    [Test]
    public async Task Every_event_type_of_the_supply_chain_scenario_lands_in_its_table()
    {
        var (a, batch) = await SupplyChainScenario.RunAsync(World, Token);
        var indexer = await IndexerAsync();
        await indexer.CatchUpAsync(Token);
        var db = indexer.Database;
        static string Hex(Ledger.Sending.TransactionSender s) => SupplyChainScenario.Hex(s.Address);

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(await TableDump.RowsAsync(db, "SELECT code, regulator, gln, name FROM country ORDER BY block_number", Token), Is.EqualTo(new[]
            {
                new object?[] { "DE", Hex(a.RegulatorDe), LedgerFixture.RegulatorGln.ToString("D13", null), "BfArM" },
                new object?[] { "FR", Hex(a.RegulatorFr), (await TableDump.RowsAsync(db, "SELECT gln FROM country_proposal", Token))[0][0], "ANSM" },
            }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT code, proposer FROM country_proposal", Token), Is.EqualTo(new[] { new object?[] { "FR", Hex(a.RegulatorDe) } }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT code, voter, votes, members_at_vote FROM country_vote", Token),
                Is.EqualTo(new[] { new object?[] { "FR", Hex(a.RegulatorDe), 1L, 1L } }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT address, country, role, name FROM participant ORDER BY block_number", Token), Is.EqualTo(new[]
            {
                new object?[] { Hex(a.Manufacturer), "DE", "manufacturer", "Pharma Werke GmbH" },
                new object?[] { Hex(a.Wholesaler), "DE", "wholesaler", "Grosshandel AG" },
                new object?[] { Hex(a.Pharmacy), "DE", "pharmacy", "Apotheke am Markt" },
                new object?[] { Hex(a.WholesalerFr), "FR", "wholesaler", "Grossiste SA" },
                new object?[] { Hex(a.CustomsFr), "FR", "customs", "Douane Strasbourg" },
            }));
            Assert.That(await TableDump.CountAsync(db, "SELECT COUNT(*) FROM participant WHERE LENGTH(gln) = 13", Token), Is.EqualTo(5));
            Assert.That(await TableDump.RowsAsync(db, "SELECT address, status, actor, reason FROM participant_status ORDER BY block_number", Token), Is.EqualTo(new[]
            {
                new object?[] { Hex(a.Wholesaler), "suspended", Hex(a.RegulatorDe), "audit" },
                new object?[] { Hex(a.Wholesaler), "reinstated", Hex(a.RegulatorDe), "audit passed" },
            }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT batch_id, gtin, lot, expiry, pack_count, merkle_root, manufacturer, country FROM batch", Token), Is.EqualTo(new[]
            {
                new object?[] { batch.Id.ToString(), batch.Gtin14, batch.Lot, "2030-12-31", 8L, batch.Tree.Root.ToString(), Hex(a.Manufacturer), "DE" },
            }));
            Assert.That((await TableDump.RowsAsync(db, "SELECT leaf_index, serial_hash FROM batch_leaf ORDER BY leaf_index", Token)).Select(r => ((long)r[0]!, (string)r[1]!)),
                Is.EqualTo(batch.SerialHashes.Select((h, i) => ((long)i, h.ToString()))));
            Assert.That(await TableDump.RowsAsync(db, "SELECT batch_id, pack_count FROM batch_completion", Token), Is.EqualTo(new[] { new object?[] { batch.Id.ToString(), 8L } }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT consistent, computed_root, leaf_count FROM batch_consistency", Token),
                Is.EqualTo(new[] { new object?[] { 1L, batch.Tree.Root.ToString(), 8L } }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT country, kind, actor FROM batch_status ORDER BY block_number", Token), Is.EqualTo(new[]
            {
                new object?[] { "DE", "quarantined", Hex(a.RegulatorDe) },
                new object?[] { "DE", "released", Hex(a.RegulatorDe) },
                new object?[] { "FR", "recalled", Hex(a.RegulatorFr) },
                new object?[] { null, "recalled", Hex(a.Manufacturer) },
            }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT shipment_id, kind, quantity FROM shipment_event ORDER BY block_number, log_index", Token), Is.EqualTo(new[]
            {
                new object?[] { 1L, "dispatched", 4L }, new object?[] { 1L, "received", 4L },
                new object?[] { 2L, "dispatched", 2L }, new object?[] { 2L, "customs_hold", 2L }, new object?[] { 2L, "customs_release", 2L }, new object?[] { 2L, "received", 2L },
                new object?[] { 3L, "dispatched", 1L }, new object?[] { 3L, "customs_seize", 1L },
                new object?[] { 4L, "dispatched", 1L }, new object?[] { 4L, "rejected", 1L },
                new object?[] { 5L, "dispatched", 1L }, new object?[] { 5L, "received", 1L },
            }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT from_address, to_address, from_country, to_country, sscc FROM shipment_event WHERE shipment_id = 2 AND kind = 'dispatched'", Token),
                Is.EqualTo(new[] { new object?[] { Hex(a.Wholesaler), Hex(a.WholesalerFr), "DE", "FR", SupplyChainScenario.Sscc.ToString("D18", null) } }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT actor, country, reason FROM shipment_event WHERE kind = 'customs_seize'", Token),
                Is.EqualTo(new[] { new object?[] { Hex(a.CustomsFr), "FR", "suspect" } }));
            Assert.That(await TableDump.RowsAsync(db, "SELECT leaf_index, serial_hash, kind, reason, actor FROM pack_event ORDER BY block_number", Token), Is.EqualTo(new[]
            {
                new object?[] { 0L, batch.SerialHashes[0].ToString(), "decommissioned", "dispensed", Hex(a.Pharmacy) },
                new object?[] { 0L, batch.SerialHashes[0].ToString(), "reactivated", null, Hex(a.Pharmacy) },
                new object?[] { 0L, batch.SerialHashes[0].ToString(), "decommissioned", "dispensed", Hex(a.Pharmacy) },
                new object?[] { 0L, batch.SerialHashes[0].ToString(), "alert", "dispensed", Hex(a.Pharmacy) },
            }));
            var custody = await TableDump.RowsAsync(db, "SELECT holder, CAST(SUM(delta) AS BIGINT) FROM custody_movement GROUP BY holder HAVING SUM(delta) <> 0", Token);
            Assert.That(custody.ToDictionary(r => (string)r[0]!, r => (long)r[1]!), Is.EquivalentTo(SupplyChainScenario.ExpectedCustody(a)));
        });
    }
}
