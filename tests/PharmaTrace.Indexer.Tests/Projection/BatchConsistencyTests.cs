using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Projection;

[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class BatchConsistencyTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    [Test]
    public async Task A_batch_whose_published_leaves_do_not_give_its_root_is_marked_inconsistent_and_a_true_one_consistent()
    {
        var a = await Actors.AdmitAsync(World, Token);
        var honest = new TestBatch(300);
        await honest.RegisterAsync(World, a.Manufacturer, 120, Token);
        var forged = new TestBatch(7);
        var otherRoot = PackMerkleTree.Build([.. forged.SerialHashes.Reverse()]).Root;
        await forged.RegisterAsync(World, a.Manufacturer, 3, Token, root: otherRoot);

        var indexer = await IndexerAsync();
        await indexer.CatchUpAsync(Token);

        var rows = await TableDump.RowsAsync(indexer.Database, "SELECT batch_id, consistent, computed_root, leaf_count FROM batch_consistency ORDER BY block_number", Token);
        Assert.That(rows, Is.EqualTo(new[]
        {
            new object?[] { honest.Id.ToString(), 1L, honest.Tree.Root.ToString(), 300L },
            new object?[] { forged.Id.ToString(), 0L, forged.Tree.Root.ToString(), 7L },
        }));
    }
}
