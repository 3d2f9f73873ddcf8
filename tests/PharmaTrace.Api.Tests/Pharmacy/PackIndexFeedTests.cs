using System.Globalization;
using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Api.Security;
using PharmaTrace.Gs1.ElementStrings;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>The pack index follows the read model, including when the indexer rolls a reorganisation back.</summary>
[CancelAfter(120_000)]
public sealed class PackIndexFeedTests
{
    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [Test]
    public async Task A_batch_on_a_fork_the_chain_abandoned_is_forgotten_by_the_pack_index()
    {
        await using var ledger = await PharmacyLedger.StartAsync(Token);
        var caller = new ParticipantIdentity(ledger.Pharmacy.Address, PharmaLedger.Role.Pharmacy, "DE", "Apotheke am Markt");
        await ledger.SyncAsync(Token);
        var snapshot = await ledger.Client.Rpc.SendAsync<string>("evm_snapshot", [], Token);
        await ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "FORK1", 20301231, ["F-1", "F-2"], 0, Token);
        await ledger.SyncAsync(Token);
        var code = $"(01){PharmacyLedger.Gtin.ToString("D14", CultureInfo.InvariantCulture)}(10)FORK1(21)F-2";
        var before = ledger.Verifier().Verify(Gs1Parser.Parse(code), caller);

        Assert.That(await ledger.Client.Rpc.SendAsync<bool>("evm_revert", [snapshot], Token), Is.True, "Anvil reverts to the snapshot");
        var reorgedFrom = ledger.Index.AsOfBlock;
        // The new fork must outgrow the old one for the indexer to see the reorganisation at its height.
        for (var i = 0; i < 4; i++)
        {
            await ledger.Client.Rpc.SendAsync<object?>("evm_mine", [], Token);
        }

        await ledger.SyncAsync(Token);
        var after = ledger.Verifier().Verify(Gs1Parser.Parse(code), caller);

        Assert.That(before.State, Is.EqualTo(PackStates.Active));
        Assert.That(ledger.Index.AsOfBlock, Is.GreaterThan(reorgedFrom), "the index follows the new, longer fork");
        Assert.That(after.State, Is.EqualTo(PackStates.UnknownProduct));
        Assert.That(ledger.Index.SerialCount, Is.Zero);
    }

    [Test]
    public async Task A_restarted_feed_rebuilds_the_same_answers_from_the_read_model()
    {
        await using var ledger = await PharmacyLedger.StartAsync(Token);
        var caller = new ParticipantIdentity(ledger.Pharmacy.Address, PharmaLedger.Role.Pharmacy, "DE", "Apotheke am Markt");
        await ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "RELOAD1", 20301231, ["R-1", "R-2", "R-3"], 2, Token);
        await ledger.SyncAsync(Token);
        var code = Gs1Parser.Parse($"(01){PharmacyLedger.Gtin.ToString("D14", CultureInfo.InvariantCulture)}(10)RELOAD1(21)R-3");
        var first = ledger.Verifier().Verify(code, caller);

        using var fresh = new PharmaTrace.Api.Pharmacy.Index.PackIndex();
        var feed = new PharmaTrace.Api.Pharmacy.Index.ReadModelPackFeed(ledger.ReadModel, fresh, Microsoft.Extensions.Logging.Abstractions.NullLogger<PharmaTrace.Api.Pharmacy.Index.ReadModelPackFeed>.Instance);
        await feed.CatchUpAsync(Token);
        var second = new PackVerifier(fresh, TimeProvider.System).Verify(code, caller);

        Assert.That(second.Proof, Is.EqualTo(first.Proof).Using<PackProofSummary>((a, b) => a.Leaf == b.Leaf && a.Root == b.Root && a.Proof.SequenceEqual(b.Proof)));
        Assert.That(second.Holders, Is.EquivalentTo(first.Holders));
        Assert.That(second.State, Is.EqualTo(first.State));
    }
}
