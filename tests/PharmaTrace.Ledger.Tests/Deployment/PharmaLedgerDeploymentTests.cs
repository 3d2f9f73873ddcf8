using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Tests.Chain;
using PharmaTrace.Ledger.Tests.Sending;

namespace PharmaTrace.Ledger.Tests.Deployment;

public sealed class PharmaLedgerDeploymentTests : SenderTestBase
{
    [Test]
    public async Task PharmaLedger_deploys_from_the_artifact_and_its_manifest_round_trips_and_verifies()
    {
        var regulator = CreateSender(AnvilAccounts.Key0);
        var manifest = await LedgerFixture.DeployAsync(Client, regulator, Token);
        var path = Path.Combine(Path.GetTempPath(), $"deployment-{Guid.NewGuid():N}.json");
        try
        {
            await manifest.WriteAsync(path, Token);
            var read = await DeploymentManifest.ReadAsync(path, Token);

            Assert.That(read.ToJson(), Is.EqualTo(manifest.ToJson()));
            Assert.That(read.ChainId, Is.EqualTo(AnvilAccounts.ChainId));
            Assert.That(read.Contracts.Keys, Is.EquivalentTo(new[] { DeploymentManifest.PharmaLedger }));
            await DeploymentVerifier.VerifyAsync(Client, read, Token);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task A_manifest_of_another_chain_or_without_code_is_refused()
    {
        var manifest = await LedgerFixture.DeployAsync(Client, CreateSender(AnvilAccounts.Key0), Token);

        Assert.ThrowsAsync<DeploymentMismatchException>(() =>
            DeploymentVerifier.VerifyAsync(Client, manifest with { GenesisHash = Hash32.Keccak([1]) }, Token));
        Assert.ThrowsAsync<DeploymentMismatchException>(() =>
            DeploymentVerifier.VerifyAsync(Client, manifest with { ChainId = 1 }, Token));
        Assert.ThrowsAsync<DeploymentMismatchException>(() => DeploymentVerifier.VerifyAsync(
            Client, manifest with { Contracts = new Dictionary<string, Address> { ["PharmaLedger"] = AnvilAccounts.Account2 } }, Token));
    }

    [Test]
    public async Task The_deployed_code_is_this_builds_and_a_contract_of_another_version_is_refused()
    {
        var manifest = await LedgerFixture.DeployAsync(Client, CreateSender(AnvilAccounts.Key0), Token);
        var expected = Hex.Decode(PharmaLedger.DeployedBytecodeHex);
        await DeploymentVerifier.VerifyCodeAsync(Client, manifest, DeploymentManifest.PharmaLedger, expected, Token);

        // Another version at the same address: the same code with its last byte (in the metadata) changed.
        var other = expected.ToArray();
        other[^1] ^= 0xFF;
        var ledger = manifest.Contracts[DeploymentManifest.PharmaLedger];
        await Client.Rpc.SendAsync<object>("anvil_setCode", [ledger.ToString(), Hex.Encode(other)], Token);
        var refused = Assert.ThrowsAsync<DeploymentMismatchException>(() =>
            DeploymentVerifier.VerifyCodeAsync(Client, manifest, DeploymentManifest.PharmaLedger, expected, Token));
        Assert.That(refused!.Message, Does.Contain("not the one this build deploys"));
        Assert.ThrowsAsync<DeploymentMismatchException>(() =>
            DeploymentVerifier.VerifyCodeAsync(Client, manifest, "Missing", expected, Token));
    }

    [Test]
    public async Task An_admitted_manufacturer_registers_a_batch_that_reads_back_with_eth_call()
    {
        var ledger = (await LedgerFixture.DeployAsync(Client, CreateSender(AnvilAccounts.Key0), Token)).Contracts["PharmaLedger"];
        var admitted = await CreateSender(AnvilAccounts.Key0).SendAsync(new TransactionRequest
        {
            To = ledger,
            Data = PharmaLedger.EncodeAdmitParticipant(AnvilAccounts.Account1, PharmaLedger.Role.Manufacturer, LedgerFixture.Gs1Key(401234500001, 13), "Acme Pharma"),
        }, Token);
        Assert.That(admitted.Logs, Has.Count.EqualTo(1));

        var gtin = LedgerFixture.Gs1Key(401234500000, 14);
        var root = Hash32.Keccak("root"u8);
        var registered = await CreateSender(AnvilAccounts.Key1).SendAsync(new TransactionRequest
        {
            To = ledger,
            Data = PharmaLedger.EncodeRegisterBatch(gtin, "LOT-1", 20991231u, 3u, root, []),
        }, Token);

        var batchId = PharmaLedger.DecodeBatchIdOfOutput((await Client.CallAsync(
            new RpcCallRequest { To = ledger, Data = PharmaLedger.EncodeBatchIdOf(gtin, "LOT-1") }, BlockParameter.Latest, Token)).Span);
        var batch = PharmaLedger.DecodeBatchOfOutput((await Client.CallAsync(
            new RpcCallRequest { To = ledger, Data = PharmaLedger.EncodeBatchOf(batchId) }, BlockParameter.Latest, Token)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(registered.Status, Is.EqualTo(1UL));
            Assert.That(batch.Manufacturer, Is.EqualTo(AnvilAccounts.Account1));
            Assert.That(batch.PackCount, Is.EqualTo(3u));
            Assert.That(batch.Root, Is.EqualTo(root));
        });
    }

    [Test]
    public async Task Admitting_a_participant_twice_fails_with_the_custom_error_before_anything_is_signed()
    {
        var ledger = (await LedgerFixture.DeployAsync(Client, CreateSender(AnvilAccounts.Key0), Token)).Contracts["PharmaLedger"];
        var regulator = CreateSender(AnvilAccounts.Key0);
        var admit = new TransactionRequest
        {
            To = ledger,
            Data = PharmaLedger.EncodeAdmitParticipant(AnvilAccounts.Account1, PharmaLedger.Role.Pharmacy, LedgerFixture.Gs1Key(401234500002, 13), "Apotheke"),
        };
        await regulator.SendAsync(admit, Token);
        var nonceBefore = await Client.GetTransactionCountAsync(AnvilAccounts.Account0, BlockParameter.Pending, Token);

        var refused = Assert.ThrowsAsync<TransactionRevertedException>(() => regulator.SendAsync(admit, Token));

        Assert.Multiple(async () =>
        {
            Assert.That(refused!.TransactionHash, Is.Null);
            Assert.That(refused.Error?.Name, Is.EqualTo("ParticipantAlreadyAdmitted"));
            Assert.That(refused.Error?.Arguments, Is.EqualTo(new[] { new ContractErrorArgument("account", "address", AnvilAccounts.Account1) }));
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account0, BlockParameter.Pending, Token), Is.EqualTo(nonceBefore));
        });
    }
}
