using System.Text;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Indexer.Tests.World;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Indexer.Tests.Merkle;

/// <summary>
/// The C# tree against the chain: the Solidity StandardMerkleTree harness (itself checked against
/// @openzeppelin/merkle-tree by tests/js/merkle-layout.test.mjs) and the ledger's own verifyPack.
/// </summary>
[CancelAfter(120_000)]
public sealed class PackMerkleTreeTests
{
    private LedgerWorld _world = null!;

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [SetUp]
    public async Task StartAsync() => _world = await LedgerWorld.StartAsync(Token);

    [TearDown]
    public async Task StopAsync() => await _world.DisposeAsync();

    [Test]
    public async Task Root_and_proofs_equal_the_Solidity_StandardMerkleTree_for_every_size_from_1_to_40()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..",
            "artifacts", "contracts", "testing", "StandardMerkleTree.sol", "StandardMerkleTreeHarness.json");
        var artifact = await HardhatArtifact.LoadAsync(path, Token);
        var deployed = await _world.Regulator.SendAsync(new TransactionRequest { To = null, Data = artifact.EncodeDeployment([]) }, Token);
        var harness = deployed.ContractAddress!.Value;
        var root = artifact.Abi.GetFunction("root");
        var proof = artifact.Abi.GetFunction("proof");
        for (var n = 1; n <= 40; n++)
        {
            var hashes = Serials(n, "size").ToArray();
            var tree = PackMerkleTree.Build(hashes);
            var index = n * 31 % n;
            var solidityRoot = (byte[])root.DecodeOutput((await CallAsync(harness, root.EncodeCall([hashes]))).Span)[0];
            var solidityProof = ((object[])proof.DecodeOutput((await CallAsync(harness, proof.EncodeCall([hashes, index]))).Span)[0]).Select(p => new Hash32((byte[])p));
            Assert.That(tree.Root, Is.EqualTo(new Hash32(solidityRoot)), $"root of {n} leaves");
            Assert.That(tree.Proof(index), Is.EqualTo(solidityProof), $"proof of leaf {index} of {n}");
        }
    }

    [Test]
    public async Task The_ledger_accepts_every_proof_of_a_registered_batch_and_refuses_a_proof_for_another_index()
    {
        var a = await Actors.AdmitAsync(_world, Token);
        var batch = new TestBatch(13);
        await batch.RegisterAsync(_world, a.Manufacturer, 13, Token);
        for (var i = 0; i < 13; i++)
        {
            Assert.That(PharmaLedger.DecodeVerifyPackOutput((await _world.CallAsync(PharmaLedger.EncodeVerifyPack(batch.Proof(i)), Token)).Span), Is.True, $"pack {i}");
        }
        var wrongIndex = batch.Proof(3) with { Index = 4 };
        Assert.That(PharmaLedger.DecodeVerifyPackOutput((await _world.CallAsync(PharmaLedger.EncodeVerifyPack(wrongIndex), Token)).Span), Is.False);
    }

    [Test]
    public void An_empty_batch_has_no_tree()
    {
        Assert.Throws<ArgumentException>(() => PackMerkleTree.Build([]));
    }

    private async Task<ReadOnlyMemory<byte>> CallAsync(Address to, byte[] data) =>
        await _world.Client.CallAsync(new RpcCallRequest { To = to, Data = data }, BlockParameter.Latest, Token);

    private static IEnumerable<Hash32> Serials(int n, string seed) =>
        Enumerable.Range(0, n).Select(i => Hash32.Keccak(Encoding.UTF8.GetBytes($"{seed}-{n}-{i}")));
}
