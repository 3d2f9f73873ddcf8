using System.Text;
using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Tests.Writes;

/// <summary>Every write path through the real host, checked against the chain's own state.</summary>
[TestFixture]
[CancelAfter(300_000)]
public sealed class WritePathTests : SharedApiHostTests
{
    [Test]
    public async Task A_manufacturer_registers_a_batch_whose_root_is_the_standard_tree_of_its_serials(CancellationToken cancellationToken)
    {
        var lot = Scenario.NewLot();
        var serials = Scenario.Serials(25);
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (status, body, response) = await manufacturer.PostJsonAsync("/api/v1/batches", new { gtin = Scenario.Gtin, lot, expiry = Scenario.Expiry, serials }, cancellationToken);

        Assert.That(status, Is.EqualTo(201), Requests.Describe(body));
        var expectedRoot = PackMerkleTree.Build([.. serials.Select(s => Hash32.Keccak(Encoding.UTF8.GetBytes(s)))]).Root;
        var onChain = PharmaLedger.DecodeBatchOfOutput((await Host.CallAsync(PharmaLedger.EncodeBatchOf(Hash32.Parse(body!["batchId"]!.GetValue<string>())), cancellationToken)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(body!["merkleRoot"]!.GetValue<string>(), Is.EqualTo(expectedRoot.ToString()));
            Assert.That(onChain.Root, Is.EqualTo(expectedRoot));
            Assert.That(onChain.PackCount, Is.EqualTo(25u));
            Assert.That(Scenario.OperationState(body), Is.EqualTo("Completed"));
            Assert.That(response.Headers.Location?.ToString(), Does.Contain(lot));
        });
    }

    [Test]
    public async Task A_batch_of_100000_serials_is_registered_in_chunks_and_completed_on_chain(CancellationToken cancellationToken)
    {
        var lot = Scenario.NewLot();
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/batches",
            new { gtin = Scenario.Gtin, lot, expiry = Scenario.Expiry, serials = Scenario.Serials(100_000, "X") }, cancellationToken);

        Assert.That(status, Is.AnyOf(201, 202), Requests.Describe(body));
        var operation = body!["operation"]!["id"]!.GetValue<string>();
        await Eventually.ThatAsync(async () => (await manufacturer.GetJsonAsync($"/api/v1/operations/{operation}", cancellationToken)).Body?["state"]?.GetValue<string>() == "Completed",
            TimeSpan.FromSeconds(120), "the registration's 10 transactions are mined", cancellationToken);
        var batch = PharmaLedger.DecodeBatchOfOutput((await Host.CallAsync(PharmaLedger.EncodeBatchOf(Hash32.Parse(body["batchId"]!.GetValue<string>())), cancellationToken)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(body["operation"]!["transactions"]!.AsArray(), Has.Count.EqualTo(10));
            Assert.That(batch.PackCount, Is.EqualTo(100_000u));
            Assert.That(batch.Published, Is.EqualTo(100_000u));
        });
    }

    [Test]
    public async Task A_cross_border_shipment_by_gln_is_released_by_destination_customs_and_received(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 10, cancellationToken);
        var shipment = await Scenario.DispatchToWholesalerAsync(Host, lot, 4, cancellationToken);
        var wholesaler = Host.Participant("Wholesaler");

        using var customs = Host.ClientFor("Customs", wholesaler.Country);
        var (decided, decidedBody, _) = await customs.PostJsonAsync($"/api/v1/shipments/{shipment}/customs", new { decision = "release", reason = "documents in order" }, cancellationToken);
        using var recipient = Host.ClientFor(wholesaler);
        var (received, receivedBody, _) = await recipient.PostJsonAsync($"/api/v1/shipments/{shipment}/receive", null, cancellationToken);

        var held = PharmaLedger.DecodeHoldingOfOutput((await Host.CallAsync(PharmaLedger.EncodeHoldingOf(BatchId(lot), Address.Parse(wholesaler.Address)), cancellationToken)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(decided, Is.EqualTo(201), Requests.Describe(decidedBody));
            Assert.That(received, Is.EqualTo(201), Requests.Describe(receivedBody));
            Assert.That(held, Is.EqualTo(4UL));
        });
    }

    [Test]
    public async Task A_recipient_rejects_a_shipment_and_the_quantity_returns_to_the_sender(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 5, cancellationToken);
        var shipment = await Scenario.DispatchToWholesalerAsync(Host, lot, 2, cancellationToken);
        var wholesaler = Host.Participant("Wholesaler");
        using var customs = Host.ClientFor("Customs", wholesaler.Country);
        await customs.PostJsonAsync($"/api/v1/shipments/{shipment}/customs", new { decision = "release", reason = "ok" }, cancellationToken);

        using var recipient = Host.ClientFor(wholesaler);
        var (status, body, _) = await recipient.PostJsonAsync($"/api/v1/shipments/{shipment}/reject", new { reason = "damaged" }, cancellationToken);

        var manufacturer = Address.Parse(Host.Participant("Manufacturer").Address);
        var held = PharmaLedger.DecodeHoldingOfOutput((await Host.CallAsync(PharmaLedger.EncodeHoldingOf(BatchId(lot), manufacturer), cancellationToken)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(201), Requests.Describe(body));
            Assert.That(held, Is.EqualTo(5UL));
        });
    }

    [Test]
    public async Task A_regulator_quarantines_and_releases_and_the_manufacturer_recalls_everywhere(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 3, cancellationToken);
        var de = Host.Participant("Regulator", "DE");
        using var regulator = Host.ClientFor(de);
        using var manufacturer = Host.ClientFor("Manufacturer");

        var (quarantined, qBody, _) = await regulator.PostJsonAsync($"/api/v1/batches/{Scenario.Gtin}/{lot}/quarantine", new { reason = "suspected deviation" }, cancellationToken);
        var statusAfterQuarantine = await CountryStatusAsync(lot, "DE", cancellationToken);
        var (released, rBody, _) = await regulator.PostJsonAsync($"/api/v1/batches/{Scenario.Gtin}/{lot}/release", new { reason = "cleared" }, cancellationToken);
        var statusAfterRelease = await CountryStatusAsync(lot, "DE", cancellationToken);
        var (recalled, cBody, _) = await manufacturer.PostJsonAsync($"/api/v1/batches/{Scenario.Gtin}/{lot}/recall", new { reason = "stability failure" }, cancellationToken);
        var batch = PharmaLedger.DecodeBatchOfOutput((await Host.CallAsync(PharmaLedger.EncodeBatchOf(BatchId(lot)), cancellationToken)).Span);

        Assert.Multiple(() =>
        {
            Assert.That(quarantined, Is.EqualTo(201), Requests.Describe(qBody));
            Assert.That(statusAfterQuarantine, Is.EqualTo(PharmaLedger.CountryStatus.Quarantined));
            Assert.That(released, Is.EqualTo(201), Requests.Describe(rBody));
            Assert.That(statusAfterRelease, Is.EqualTo(PharmaLedger.CountryStatus.Normal));
            Assert.That(recalled, Is.EqualTo(201), Requests.Describe(cBody));
            Assert.That(batch.Recalled, Is.True);
        });
    }

    [Test]
    public async Task A_regulator_admits_aHosted_participant_whose_new_api_key_then_works(CancellationToken cancellationToken)
    {
        using var regulator = Host.ClientFor("Regulator", "FR");
        var gln = LedgerFixture.Gs1Key(376000000000 + (ulong)Random.Shared.Next(1, 999_999), 13).ToString("D13");
        var (status, body, _) = await regulator.PostJsonAsync("/api/v1/participants", new { role = "Pharmacy", name = "Pharmacie du Port", gln }, cancellationToken);
        Assert.That(status, Is.EqualTo(201), Requests.Describe(body));

        var address = Address.Parse(body!["address"]!.GetValue<string>());
        var participant = PharmaLedger.DecodeParticipantOfOutput((await Host.CallAsync(PharmaLedger.EncodeParticipantOf(address), cancellationToken)).Span);
        using var pharmacy = Host.ClientFor(new Demo.Credential("p", "Pharmacy", "FR", gln, address.ToChecksumString(), body["apiKey"]!.GetValue<string>()));
        var (ownStatus, ownBody) = await pharmacy.GetJsonAsync($"/api/v1/operations/{body["operation"]!["id"]}", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(participant.Role, Is.EqualTo(PharmaLedger.Role.Pharmacy));
            Assert.That(Encoding.ASCII.GetString(participant.Country), Is.EqualTo("FR"));
            Assert.That(body["hosted"]!.GetValue<bool>(), Is.True);
            // Authenticated (not 401); the regulator's operation is not the pharmacy's, so 404.
            Assert.That(ownStatus, Is.EqualTo(404), Requests.Describe(ownBody));
        });
    }

    [Test]
    public async Task A_regulator_suspends_and_reinstates_a_participant_of_its_country(CancellationToken cancellationToken)
    {
        var pharmacy = Host.Participant("Pharmacy");
        using var regulator = Host.ClientFor("Regulator", pharmacy.Country);
        var (suspended, sBody, _) = await regulator.PostJsonAsync($"/api/v1/participants/{pharmacy.Address}/suspend", new { reason = "inspection" }, cancellationToken);
        var whileSuspended = PharmaLedger.DecodeParticipantOfOutput((await Host.CallAsync(PharmaLedger.EncodeParticipantOf(Address.Parse(pharmacy.Address)), cancellationToken)).Span);
        var (reinstated, rBody, _) = await regulator.PostJsonAsync($"/api/v1/participants/{pharmacy.Address}/reinstate", new { reason = "passed" }, cancellationToken);
        var after = PharmaLedger.DecodeParticipantOfOutput((await Host.CallAsync(PharmaLedger.EncodeParticipantOf(Address.Parse(pharmacy.Address)), cancellationToken)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(suspended, Is.EqualTo(201), Requests.Describe(sBody));
            Assert.That(whileSuspended.Suspended, Is.True);
            Assert.That(reinstated, Is.EqualTo(201), Requests.Describe(rBody));
            Assert.That(after.Suspended, Is.False);
        });
    }

    [Test]
    public async Task Member_regulators_propose_and_vote_in_a_new_country(CancellationToken cancellationToken)
    {
        using var de = Host.ClientFor("Regulator", "DE");
        using var fr = Host.ClientFor("Regulator", "FR");
        var regulator = Address.Parse("0x" + Convert.ToHexString(Guid.NewGuid().ToByteArray()) + "00000000");
        var (proposed, pBody, _) = await de.PostJsonAsync("/api/v1/countries", new { code = "IT", regulator = regulator.ToChecksumString(), gln = LedgerFixture.Gs1Key(800000000001, 13).ToString("D13"), name = "AIFA" }, cancellationToken);
        var (voted, vBody, _) = await fr.PostJsonAsync("/api/v1/countries/IT/votes", null, cancellationToken);
        var italy = await Host.CallAsync(PharmaLedger.EncodeRegulatorOf("IT"u8.ToArray()), cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(proposed, Is.EqualTo(201), Requests.Describe(pBody));
            Assert.That(voted, Is.EqualTo(201), Requests.Describe(vBody));
            Assert.That(PharmaLedger.DecodeRegulatorOfOutput(italy.Span), Is.EqualTo(regulator));
        });
    }

    private async Task<PharmaLedger.CountryStatus> CountryStatusAsync(string lot, string country, CancellationToken cancellationToken) =>
        PharmaLedger.DecodeCountryStatusOfOutput((await Host.CallAsync(PharmaLedger.EncodeCountryStatusOf(BatchId(lot), Encoding.ASCII.GetBytes(country)), cancellationToken)).Span);

    private static Hash32 BatchId(string lot) => Hash32.Keccak(PharmaLedger.EncodeBatchIdOf(ulong.Parse(Scenario.Gtin), lot).AsSpan(4));
}
