using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;

namespace PharmaTrace.Indexer.Tests.Projection;

[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class ChainIdentityTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    [Test]
    public async Task A_read_model_of_another_deployment_on_the_same_chain_is_refused_naming_both_contracts()
    {
        await (await IndexerAsync()).CatchUpAsync(Token);
        var second = await LedgerFixture.DeployAsync(World.Client, World.Regulator, Token);

        var other = await Own(new IndexerHarness(ReadModel.Options, World.Client, second));
        var refusal = Assert.ThrowsAsync<ReadModelIdentityMismatchException>(() => other.Follower.OpenAsync(Token));

        Assert.That(refusal!.Message, Does.Contain(World.Contract.ToLowerHexString()).And.Contain(second.Contracts["PharmaLedger"].ToLowerHexString()));
    }

    [Test]
    public async Task A_read_model_of_another_chain_is_refused_naming_both_genesis_hashes()
    {
        await (await IndexerAsync()).CatchUpAsync(Token);
        // Same chain id 31337, another genesis block (its timestamp differs).
        var otherChain = await Own(await LedgerWorld.StartAsync(Token, new AnvilNodeOptions { ExtraArguments = ["--timestamp", "1767225600"] }));
        Assert.That(otherChain.Manifest.GenesisHash, Is.Not.EqualTo(World.Manifest.GenesisHash));

        var other = await Own(new IndexerHarness(ReadModel.Options, otherChain.Client, otherChain.Manifest));
        var refusal = Assert.ThrowsAsync<ReadModelIdentityMismatchException>(() => other.Follower.OpenAsync(Token));

        Assert.That(refusal!.Message, Does.Contain(World.Manifest.GenesisHash.ToString()).And.Contain(otherChain.Manifest.GenesisHash.ToString()));
    }

    [Test]
    public async Task A_read_model_of_an_older_table_layout_is_refused_naming_both_versions()
    {
        await (await IndexerAsync()).CatchUpAsync(Token);
        // A read model created before the layout was recorded has no version row.
        await using (var database = new ReadModelDatabase(ReadModel.Options))
        await using (var connection = await database.OpenAsync(Token))
        {
            await connection.ExecuteAsync("DELETE FROM indexer_schema", null, Token);
        }

        var reopened = await Own(new IndexerHarness(ReadModel.Options, World.Client, World.Manifest));
        var refusal = Assert.ThrowsAsync<ReadModelSchemaMismatchException>(() => reopened.Follower.OpenAsync(Token));

        Assert.That((refusal!.Stored, refusal.Expected), Is.EqualTo((1L, IndexerSchema.Version)));
        Assert.That(refusal.Message, Does.Contain("version 1").And.Contain($"version {IndexerSchema.Version}"));
    }
}
