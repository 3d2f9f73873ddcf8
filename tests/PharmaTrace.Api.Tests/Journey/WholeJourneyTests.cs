using System.Text.Json.Nodes;
using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Api.Tests.Pharmacy;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Tests.Journey;

/// <summary>
/// Issue 6, "the whole journey, as one test": through the real REST API on a real chain, a batch goes
/// from a manufacturer in DE through FR customs (hold, then release) to a wholesaler in FR, then through
/// PL customs to a pharmacy in PL, which scans, verifies and dispenses a pack; a second dispense is a
/// 409 with the alert on the ledger; a recall shows on another pack; every regulator reads provenance
/// and EPCIS events, and every EPCIS document validates against the EPCIS 2.0 JSON schema.
/// </summary>
[CancelAfter(600_000)]
public sealed class WholeJourneyTests
{
    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [Test]
    public async Task A_pack_travels_from_factory_across_two_borders_to_the_patient_and_every_regulator_can_trace_it()
    {
        await using var host = await ApiHost.StartAsync(Token);
        using var manufacturer = host.ClientFor("Manufacturer");
        using var wholesaler = host.ClientFor("Wholesaler");
        using var pharmacy = host.ClientFor("Pharmacy");
        using var customsFr = host.ClientFor("Customs", host.Participant("Wholesaler").Country);
        using var customsPl = host.ClientFor("Customs", host.Participant("Pharmacy").Country);
        var countries = new[] { host.Participant("Manufacturer").Country, host.Participant("Wholesaler").Country, host.Participant("Pharmacy").Country };
        Assert.That(countries.Distinct().Count(), Is.EqualTo(3), "the demo consortium puts the three parties in three countries");

        // A manufacturer registers a serialised batch and ships part of it to a wholesaler in another country.
        var lot = await Scenario.RegisterBatchAsync(host, 10, Token);
        var serials = Scenario.Serials(10);
        var toWholesaler = await Scenario.DispatchToWholesalerAsync(host, lot, 6, Token);

        // That country's customs holds it, then releases it; the wholesaler receives it.
        await ExpectAsync(customsFr, $"/api/v1/shipments/{toWholesaler}/customs", new { decision = "hold", reason = "documents check" }, 201);
        await ExpectAsync(wholesaler, $"/api/v1/shipments/{toWholesaler}/receive", new { }, 409);
        await ExpectAsync(customsFr, $"/api/v1/shipments/{toWholesaler}/customs", new { decision = "release", reason = "documents in order" }, 201);
        await ExpectAsync(wholesaler, $"/api/v1/shipments/{toWholesaler}/receive", new { }, 201);

        // The wholesaler ships to a pharmacy (another border: its customs releases); the pharmacy receives.
        var dispatched = await ExpectAsync(wholesaler, "/api/v1/shipments",
            new { gtin = Scenario.Gtin, lot, quantity = 4, to = host.Participant("Pharmacy").Gln }, 201);
        var toPharmacy = dispatched["shipmentId"]!.GetValue<string>();
        await ExpectAsync(customsPl, $"/api/v1/shipments/{toPharmacy}/customs", new { decision = "release", reason = "cleared" }, 201);
        await ExpectAsync(pharmacy, $"/api/v1/shipments/{toPharmacy}/receive", new { }, 201);

        // The pharmacy scans a pack (raw DataMatrix data with GS separators) and verifies it: active.
        var scan = PharmacyHttp.Scan(Scenario.Gtin, Scenario.Expiry, lot, serials[7]);
        var active = await PharmacyHttp.VerifyWhenIndexedAsync(pharmacy, scan,
            a => a["holders"]!.AsArray().Any(h => h!["address"]!.GetValue<string>().Equals(host.Participant("Pharmacy").Address, StringComparison.OrdinalIgnoreCase)), Token);
        Assert.That(PharmacyHttp.State(active), Is.EqualTo("active"));
        Assert.That(active["dispensable"]!.GetValue<bool>(), Is.True);
        Assert.That(active["countriesCrossed"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(countries));
        Assert.That(await PharmacyHttp.ProofHoldsOnChainAsync(host, active, Token), Is.True);

        // It dispenses it, verifies it again (dispensed), and fails to dispense it twice (409 and an alert).
        await ExpectAsync(pharmacy, "/api/v1/packs/decommission", new { codes = new[] { scan }, reason = "dispensed" }, 201);
        var dispensed = await PharmacyHttp.VerifyWhenIndexedAsync(pharmacy, scan, a => PharmacyHttp.State(a) == "dispensed", Token);
        Assert.That(dispensed["dscsa"]!["additionalInfo"]!.GetValue<string>(), Is.EqualTo("Suspect"));
        var twice = await ExpectAsync(pharmacy, "/api/v1/packs/decommission", new { codes = new[] { scan }, reason = "dispensed" }, 409);
        var alertTransaction = Hash32.Parse(twice["decommissioned"]!["operation"]!["transactions"]![0]!["hash"]!.GetValue<string>());
        var receipt = await host.Rpc.GetTransactionReceiptAsync(alertTransaction, Token);
        Assert.That(receipt!.Logs.Select(l => PharmaLedger.TryDecodeEvent(l.Topics, l.Data.Span, out var e) ? e : null),
            Has.One.InstanceOf<PharmaLedger.FalsificationAlertRaisedEvent>());

        // The manufacturer recalls the batch; another pack now verifies as recalled.
        await ExpectAsync(manufacturer, $"/api/v1/batches/{Scenario.Gtin}/{lot}/recall", new { reason = "sterility failure" }, 201);
        var other = PharmacyHttp.Scan(Scenario.Gtin, Scenario.Expiry, lot, serials[8]);
        var recalled = await PharmacyHttp.VerifyWhenIndexedAsync(pharmacy, other, a => a["recall"]!["everywhere"]!.GetValue<bool>(), Token);
        Assert.That(recalled["dispensable"]!.GetValue<bool>(), Is.False);
        Assert.That(recalled["dscsa"]!["additionalInfo"]!.GetValue<string>(), Is.EqualTo("Recalled"));

        // A regulator of each country reads the provenance and the EPCIS events of every step.
        foreach (var country in countries)
        {
            using var regulator = host.ClientFor("Regulator", country);
            var (status, provenance) = await regulator.GetJsonAsync($"/api/v1/batches/{Scenario.Gtin}/{lot}/provenance", Token);
            Assert.That(status, Is.EqualTo(200), Requests.Describe(provenance));
            var kinds = provenance!["steps"]!.AsArray().Select(s => s!["kind"]!.GetValue<string>()).ToList();
            Assert.That(kinds, Is.SupersetOf(JourneyKinds), $"the provenance read by {country}'s regulator");

            var response = await regulator.GetAsync($"/epcis/events?MATCH_epcClass={Uri.EscapeDataString($"https://id.gs1.org/01/{Scenario.Gtin}/10/{lot}")}&perPage=100", Token);
            var document = await response.Content.ReadAsStringAsync(Token);
            Assert.That((int)response.StatusCode, Is.EqualTo(200), document);
            Assert.That(EpcisSchemaValidator.Validate(document), Is.Empty, $"the EPCIS document served to {country}'s regulator validates");
            var bizSteps = JsonNode.Parse(document)!["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray()
                .Select(e => (e!["bizStep"]?.GetValue<string>() ?? "").Split('-', ':')[^1]).ToList();
            Assert.That(bizSteps, Is.SupersetOf(JourneyBizSteps), $"the EPCIS events read by {country}'s regulator");
        }

        // The pharmacy's regulator reads the dispensed pack's own provenance, found by its serial.
        using var pharmacyRegulator = host.ClientFor("Regulator", countries[2]);
        var (packStatus, pack) = await pharmacyRegulator.GetJsonAsync($"/api/v1/packs/{Scenario.Gtin}/{serials[7]}/provenance?lot={lot}", Token);
        Assert.That(packStatus, Is.EqualTo(200), Requests.Describe(pack));
        Assert.That(pack!["status"]!.GetValue<string>(), Is.EqualTo("dispensed"));
        var packSteps = pack["provenance"]!["steps"]!.AsArray().Where(s => s!["packIndex"] is not null).ToList();
        Assert.That(packSteps.Select(s => s!["kind"]!.GetValue<string>()), Is.EqualTo(PackKinds));
        Assert.That(packSteps.Select(s => s!["country"]!.GetValue<string>()), Has.All.EqualTo(countries[2]), "the pharmacy's country");
    }

    private static readonly string[] PackKinds = ["decommissioned", "falsification_alert"];

    private static readonly string[] JourneyKinds = ["registered", "dispatched", "customs_hold", "customs_release", "received", "decommissioned", "falsification_alert", "recalled"];
    private static readonly string[] JourneyBizSteps = ["commissioning", "shipping", "holding", "inspecting", "receiving", "dispensing"];

    private static async Task<JsonNode> ExpectAsync(HttpClient client, string path, object body, int status)
    {
        var (actual, answer, _) = await client.PostJsonAsync(path, body, Token);
        Assert.That(actual, Is.EqualTo(status), $"POST {path}: {Requests.Describe(answer)}");
        return answer ?? new JsonObject();
    }
}
