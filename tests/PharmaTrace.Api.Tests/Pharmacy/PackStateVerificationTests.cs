using System.Globalization;
using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>
/// Every decommission reason of the contracts and a recall in one country, as issue 6 lists the states a
/// verification must give, over real read-model rows (Anvil, indexer, SQLite, pack index).
/// </summary>
[CancelAfter(120_000)]
public sealed class PackStateVerificationTests : PharmacyLedgerTestBase
{

    private static string Scan(string lot, string serial) =>
        PharmacyHttp.Scan(PharmacyLedger.Gtin.ToString("D14", CultureInfo.InvariantCulture), "2030-12-31", lot, serial);

    [TestCase(PharmaLedger.DecommissionReason.Destroyed, "destroyed", DscsaCodes.Suspect)]
    [TestCase(PharmaLedger.DecommissionReason.Stolen, "stolen", DscsaCodes.Illegitimate)]
    [TestCase(PharmaLedger.DecommissionReason.Sample, "sample", DscsaCodes.Suspect)]
    [TestCase(PharmaLedger.DecommissionReason.FreeSample, "free_sample", DscsaCodes.Suspect)]
    [TestCase(PharmaLedger.DecommissionReason.Exported, "exported", DscsaCodes.Suspect)]
    [TestCase(PharmaLedger.DecommissionReason.Locked, "locked", DscsaCodes.Suspect)]
    public async Task A_pack_decommissioned_for_a_reason_verifies_as_that_reason_with_when_and_by_whom_for_its_own_country(
        PharmaLedger.DecommissionReason reason, string state, string additionalInfo)
    {
        var lot = $"RSN{(int)reason}";
        string[] serials = [$"{lot}-A", $"{lot}-B"];
        await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, lot, 20301231, serials, 2, Token);
        var code = Scan(lot, serials[1]);
        var proof = PharmacyLedger.ToPackProof((await VerifyAsync(code, PharmacyDe)).Proof!);
        var sent = await Ledger.SendAsync(Ledger.Pharmacy, PharmaLedger.EncodeDecommission([proof], reason), Token);

        var own = await VerifyAsync(code, PharmacyDe);
        var foreign = await VerifyAsync(code, PharmacyFr);
        var sibling = await VerifyAsync(Scan(lot, serials[0]), PharmacyDe);

        Assert.Multiple(() =>
        {
            Assert.That((own.State, own.Dispensable), Is.EqualTo((state, false)));
            Assert.That(own.Dscsa, Is.EqualTo(own.Dscsa with { Verified = true, VerificationFailureReason = null, AdditionalInfo = additionalInfo }),
                "the identifier is genuine; additionalInfo says why it may not be dispensed");
            Assert.That((own.Decommission!.Reason, own.Decommission.Disclosed, own.Decommission.By, own.Decommission.ByCountry),
                Is.EqualTo((state, true, Ledger.Pharmacy.Address.ToChecksumString(), "DE")));
            Assert.That((own.Decommission.Block, own.Decommission.Transaction), Is.EqualTo(((ulong?)sent.BlockNumber, sent.TransactionHash.ToString())));
            Assert.That(own.Decommission.At, Is.Not.Null);
            Assert.That(foreign.Decommission, Is.EqualTo(new DecommissionSummary(state, false, null, null, null, null, null, null, null)));
            Assert.That((sibling.State, sibling.Dispensable), Is.EqualTo((PackStates.Active, true)), "one pack's bit, not the batch's");
        });
    }

    [Test]
    public async Task A_batch_recalled_by_one_countrys_regulator_is_recalled_there_and_dispensable_elsewhere()
    {
        string[] serials = ["RCLDE-A", "RCLDE-B"];
        var batchId = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "RCLDE", 20301231, serials, 0, Token);
        await Ledger.SendAsync(Ledger.Regulator, PharmaLedger.EncodeRecallBatch(batchId, "sterility"), Token);
        var code = Scan("RCLDE", serials[0]);

        var inGermany = await VerifyAsync(code, PharmacyDe);
        var inFrance = await VerifyAsync(code, PharmacyFr);

        Assert.Multiple(() =>
        {
            Assert.That(inGermany.Recall, Is.EqualTo(inGermany.Recall with { Everywhere = false }));
            Assert.That(inGermany.Recall.Countries, Is.EqualTo(OnlyGermany));
            Assert.That((inGermany.State, inGermany.Dispensable), Is.EqualTo((PackStates.Active, false)));
            Assert.That(inGermany.Dscsa, Is.EqualTo(inGermany.Dscsa with { Verified = true, AdditionalInfo = DscsaCodes.Recalled }));
            Assert.That(inFrance.Recall.Countries, Is.EqualTo(OnlyGermany), "every caller sees where the batch is recalled");
            Assert.That(inFrance.Dispensable, Is.True, "a recall in DE does not bind a pharmacy in FR");
            Assert.That(inFrance.Dscsa, Is.EqualTo(inFrance.Dscsa with { Verified = true, AdditionalInfo = null }));
        });
    }
}
