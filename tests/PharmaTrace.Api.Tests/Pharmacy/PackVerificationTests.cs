using System.Globalization;
using System.Text;
using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>
/// The verification decisions over real read-model rows: events mined on Anvil, projected by the indexer
/// into SQLite, fed into the pack index. Each test registers its own batch (its own lot).
/// </summary>
[CancelAfter(120_000)]
public sealed class PackVerificationTests : PharmacyLedgerTestBase
{
    private const char Gs = '\u001D';

    private static string[] Serials(string lot, int count) =>
        [.. Enumerable.Range(1, count).Select(i => $"{lot}-S{i:D3}")];

    private static string Scan(ulong gtin, string yymmdd, string lot, string serial) =>
        $"]d201{gtin.ToString("D14", CultureInfo.InvariantCulture)}17{yymmdd}10{lot}{Gs}21{serial}";

    [Test]
    public async Task A_registered_pack_verifies_as_active_with_a_proof_the_contract_accepts()
    {
        var serials = Serials("ACT1", 7);
        var batchId = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "ACT1", 20301231, serials, 3, Token);

        var answer = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", "ACT1", serials[4]));

        Assert.That(answer.State, Is.EqualTo(PackStates.Active));
        Assert.That(answer.Dispensable, Is.True);
        Assert.That(answer.Dscsa, Is.EqualTo(answer.Dscsa with { Verified = true, VerificationFailureReason = null, AdditionalInfo = null }));
        Assert.That(answer.Batch!.BatchId, Is.EqualTo(batchId.ToString()));
        Assert.That(answer.Holders.Select(h => (h.Address, h.Quantity)), Is.EquivalentTo(new[]
        {
            (Ledger.Manufacturer.Address.ToChecksumString(), 4L), (Ledger.Pharmacy.Address.ToChecksumString(), 3L),
        }));
        Assert.That(answer.CountriesCrossed, Is.EqualTo(OnlyGermany));
        var proof = answer.Proof!;
        Assert.That(proof.Index, Is.EqualTo(4u));
        Assert.That(proof.ChainId, Is.EqualTo(AnvilAccounts.ChainId));
        Assert.That(proof.Contract, Is.EqualTo(Ledger.Contract.ToChecksumString()));
        Assert.That(await VerifyPackOnChainAsync(proof), Is.True, "the contract's verifyPack must accept the proof we return");
    }

    [Test]
    public async Task Every_pack_of_batches_of_one_to_nine_packs_has_a_proof_the_contract_accepts()
    {
        for (var size = 1; size <= 9; size++)
        {
            var lot = $"SIZE{size}";
            var serials = Serials(lot, size);
            await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, lot, 20301231, serials, 0, Token);
            foreach (var serial in serials)
            {
                var answer = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", lot, serial));
                Assert.That(await VerifyPackOnChainAsync(answer.Proof!), Is.True, $"{serial} of a batch of {size}");
            }
        }
    }

    [Test]
    public async Task A_serial_registered_in_two_lots_is_found_in_the_lot_the_code_names()
    {
        string[] serials = ["SHARED-1", "SHARED-2"];
        var first = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "TWIN1", 20301231, serials, 0, Token);
        var second = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "TWIN2", 20301231, serials, 0, Token);

        var inFirst = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", "TWIN1", "SHARED-2"));
        var inSecond = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", "TWIN2", "SHARED-2"));

        Assert.That(inFirst.Batch!.BatchId, Is.EqualTo(first.ToString()));
        Assert.That(inSecond.Batch!.BatchId, Is.EqualTo(second.ToString()));
        Assert.That(inSecond.State, Is.EqualTo(PackStates.Active));
        Assert.That(await VerifyPackOnChainAsync(inSecond.Proof!), Is.True);
    }

    [Test]
    public async Task A_serial_never_registered_for_a_known_product_is_an_unknown_serial()
    {
        await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "UNK1", 20301231, Serials("UNK1", 2), 0, Token);

        var answer = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", "UNK1", "NEVER-ISSUED"));

        Assert.That(answer.State, Is.EqualTo(PackStates.UnknownSerial));
        Assert.That(answer.Dscsa.Verified, Is.False);
        Assert.That(answer.Dscsa.VerificationFailureReason, Is.EqualTo(DscsaCodes.NoMatchGtinSerial));
        Assert.That(answer.Proof, Is.Null);
    }

    [Test]
    public async Task A_batch_whose_published_leaves_do_not_give_its_root_is_inconsistent_and_not_verified()
    {
        var serials = Serials("BAD1", 3);
        var wrongRoot = Hash32.Keccak(Encoding.UTF8.GetBytes("not the root of these leaves"));
        await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "BAD1", 20301231, serials, 0, Token, wrongRoot);

        var answer = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", "BAD1", serials[0]));

        Assert.That(answer.State, Is.EqualTo(PackStates.BatchInconsistent));
        Assert.That(answer.Dispensable, Is.False);
        Assert.That(answer.Dscsa, Is.EqualTo(answer.Dscsa with { Verified = false, VerificationFailureReason = DscsaCodes.NoReasonProvided, AdditionalInfo = DscsaCodes.Suspect }));
        Assert.That(await VerifyPackOnChainAsync(answer.Proof!), Is.False, "the leaves' proof cannot hold against the registered root");
    }

    [Test]
    public async Task A_gtin_no_manufacturer_registered_is_an_unknown_product()
    {
        var answer = await VerifyAsync(Scan(PharmacyLedger.OtherGtin, "301231", "ANY", "S1"));

        Assert.That(answer.State, Is.EqualTo(PackStates.UnknownProduct));
        Assert.That(answer.Dscsa.VerificationFailureReason, Is.EqualTo(DscsaCodes.NoMatchGtinSerial));
    }

    [TestCase("MISMATCH-X", "301231", DscsaCodes.NoMatchGtinSerialLot)]
    [TestCase("MIS1", "291231", DscsaCodes.NoMatchGtinSerialExpiry)]
    [TestCase("MISMATCH-X", "291231", DscsaCodes.NoMatchGtinSerialLotExpiry)]
    public async Task A_lot_or_expiry_other_than_registered_for_the_serial_is_a_falsification_suspect(string lot, string expiry, string reason)
    {
        var serials = Serials("MIS1", 2);
        if (!Ledger.Index.Read(v => v.FindBatch(PharmacyLedger.Gtin, "MIS1") is not null))
        {
            await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "MIS1", 20301231, serials, 0, Token);
        }

        var answer = await VerifyAsync(Scan(PharmacyLedger.Gtin, expiry, lot, serials[0]));

        Assert.That(answer.State, Is.EqualTo(PackStates.Mismatch));
        Assert.That(answer.Dispensable, Is.False);
        Assert.That(answer.Dscsa.Verified, Is.False);
        Assert.That(answer.Dscsa.VerificationFailureReason, Is.EqualTo(reason));
        Assert.That(answer.Dscsa.AdditionalInfo, Is.EqualTo(DscsaCodes.Suspect));
    }

    [Test]
    public async Task A_dispensed_pack_says_when_and_by_whom_to_its_own_country_and_only_the_reason_to_others()
    {
        var serials = Serials("DSP1", 3);
        var batchId = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "DSP1", 20301231, serials, 2, Token);
        var code = Scan(PharmacyLedger.Gtin, "301231", "DSP1", serials[1]);
        var proof = (await VerifyAsync(code)).Proof!;
        var dispensed = await Ledger.SendAsync(Ledger.Pharmacy, PharmaLedger.EncodeDecommission([PharmacyLedger.ToPackProof(proof)], PharmaLedger.DecommissionReason.Dispensed), Token);

        var own = await VerifyAsync(code, PharmacyDe);
        var foreign = await VerifyAsync(code, PharmacyFr);
        var regulator = await VerifyAsync(code, RegulatorFr);

        Assert.That(own.State, Is.EqualTo("dispensed"));
        Assert.That(own.Dispensable, Is.False);
        Assert.That(own.Dscsa.AdditionalInfo, Is.EqualTo(DscsaCodes.Suspect));
        Assert.That(own.Decommission!.By, Is.EqualTo(Ledger.Pharmacy.Address.ToChecksumString()));
        Assert.That(own.Decommission.RecordId, Is.Not.Null);
        Assert.That(own.Decommission.Block, Is.EqualTo(dispensed.BlockNumber));
        Assert.That(foreign.Decommission, Is.EqualTo(new DecommissionSummary("dispensed", false, null, null, null, null, null, null, null)));
        Assert.That(regulator.Decommission!.Disclosed, Is.True);
        Assert.That(own.Holders.Single(h => h.Address == Ledger.Pharmacy.Address.ToChecksumString()).Quantity, Is.EqualTo(1));
        Assert.That(batchId.ToString(), Is.EqualTo(proof.BatchId));
    }

    [Test]
    public async Task A_second_dispense_raises_an_alert_and_the_pack_stays_dispensed()
    {
        var serials = Serials("ALR1", 2);
        await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "ALR1", 20301231, serials, 2, Token);
        var code = Scan(PharmacyLedger.Gtin, "301231", "ALR1", serials[0]);
        var pack = PharmacyLedger.ToPackProof((await VerifyAsync(code)).Proof!);
        await Ledger.SendAsync(Ledger.Pharmacy, PharmaLedger.EncodeDecommission([pack], PharmaLedger.DecommissionReason.Dispensed), Token);
        var second = await Ledger.SendAsync(Ledger.Pharmacy, PharmaLedger.EncodeDecommission([pack], PharmaLedger.DecommissionReason.Dispensed), Token);

        var answer = await VerifyAsync(code);

        Assert.That(second.Logs.Select(l => PharmaLedger.TryDecodeEvent(l.Topics, l.Data.Span, out var e) ? e : null),
            Has.One.InstanceOf<PharmaLedger.FalsificationAlertRaisedEvent>());
        Assert.That(answer.State, Is.EqualTo("dispensed"));
    }

    [Test]
    public async Task A_batch_recalled_by_its_manufacturer_is_recalled_everywhere()
    {
        var serials = Serials("RCL1", 2);
        var batchId = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "RCL1", 20301231, serials, 0, Token);
        await Ledger.SendAsync(Ledger.Manufacturer, PharmaLedger.EncodeRecallBatch(batchId, "contamination"), Token);

        var answer = await VerifyAsync(Scan(PharmacyLedger.Gtin, "301231", "RCL1", serials[0]), PharmacyFr);

        Assert.That(answer.State, Is.EqualTo(PackStates.Active));
        Assert.That(answer.Recall, Is.EqualTo(answer.Recall with { Everywhere = true }));
        Assert.That(answer.Dispensable, Is.False);
        Assert.That(answer.Dscsa, Is.EqualTo(answer.Dscsa with { Verified = true, AdditionalInfo = DscsaCodes.Recalled }));
    }

    [Test]
    public async Task A_batch_quarantined_in_one_country_may_not_be_dispensed_there_but_may_elsewhere()
    {
        var serials = Serials("QRN1", 2);
        var batchId = await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "QRN1", 20301231, serials, 0, Token);
        await Ledger.SendAsync(Ledger.Regulator, PharmaLedger.EncodeQuarantineBatch(batchId, "inspection"), Token);
        var code = Scan(PharmacyLedger.Gtin, "301231", "QRN1", serials[1]);

        var inGermany = await VerifyAsync(code, PharmacyDe);
        var inFrance = await VerifyAsync(code, PharmacyFr);

        Assert.That(inGermany.QuarantinedIn, Is.EqualTo(OnlyGermany));
        Assert.That(inGermany.Dispensable, Is.False);
        Assert.That(inGermany.Dscsa.AdditionalInfo, Is.EqualTo(DscsaCodes.Suspect));
        Assert.That(inFrance.Dispensable, Is.True);
    }

    [Test]
    public async Task A_pack_past_its_expiry_is_expired_and_not_dispensable()
    {
        var serials = Serials("EXP1", 1);
        await Ledger.RegisterAndSupplyAsync(PharmacyLedger.Gtin, "EXP1", 20300600, serials, 0, Token);

        var code = Scan(PharmacyLedger.Gtin, "300600", "EXP1", serials[0]);
        var lastDay = await VerifyAsync(code, clock: new FixedClock(new DateTimeOffset(2030, 6, 30, 12, 0, 0, TimeSpan.Zero)));
        var after = await VerifyAsync(code, clock: new FixedClock(new DateTimeOffset(2030, 7, 1, 0, 0, 1, TimeSpan.Zero)));

        Assert.That(lastDay.Expired, Is.False, "day 00 is the month's last day (GS1 General Specifications 7.12)");
        Assert.That(after.Expired, Is.True);
        Assert.That(after.Dispensable, Is.False);
        Assert.That(after.Dscsa.AdditionalInfo, Is.EqualTo(DscsaCodes.Expired));
    }

    private async Task<bool> VerifyPackOnChainAsync(PackProofSummary proof)
    {
        var result = await Ledger.Client.CallAsync(
            new RpcCallRequest { To = Address.Parse(proof.Contract!), Data = PharmaLedger.EncodeVerifyPack(PharmacyLedger.ToPackProof(proof)) }, BlockParameter.Latest, Token);
        return PharmaLedger.DecodeVerifyPackOutput(result.Span);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
