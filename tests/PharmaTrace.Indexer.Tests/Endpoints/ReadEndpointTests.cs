using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Queries;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.World;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Indexer.Tests.Endpoints;

/// <summary>
/// The read endpoints over a real Kestrel port, after the host's own follower indexed the supply-chain
/// scenario, on each read-model provider (the queries are one code path for both).
/// </summary>
[CancelAfter(120_000)]
[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class ReadEndpointTests(SqlDialect dialect)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] CrossBorderKinds = ["dispatched", "customs_hold", "customs_release", "received"];
    private static readonly string?[] CrossBorderDecisions = [null, "hold", "release", null];
    private static readonly string[] Roles = ["manufacturer", "wholesaler", "pharmacy", "wholesaler", "customs"];
    private static readonly string[] Countries = ["DE", "FR"];
    private LedgerWorld? _world;
    private TestReadModel? _readModel;
    private IndexerHost _host = null!;
    private Actors _actors = null!;
    private TestBatch _batch = null!;

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    private static string Hex(Ledger.Sending.TransactionSender s) => SupplyChainScenario.Hex(s.Address);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        // The database first: without PostgreSQL the fixture fails (or is skipped on request) before a chain starts.
        _readModel = await TestReadModel.CreateAsync(dialect, CancellationToken.None);
        _world = await LedgerWorld.StartAsync(CancellationToken.None);
        (_actors, _batch) = await SupplyChainScenario.RunAsync(_world, CancellationToken.None);
        _host = await IndexerHost.StartAsync(_world, _readModel, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _host.WaitForBlockAsync(await _world.HeadAsync(CancellationToken.None), timeout.Token);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
        if (_readModel is not null)
        {
            await _readModel.DisposeAsync();
        }
    }

    [Test]
    public async Task A_batch_shows_its_status_per_country_the_global_recall_its_holders_and_its_shipments()
    {
        var batch = await _host.Http.GetFromJsonAsync<BatchView>($"/api/v1/batches/{_batch.Gtin14}/{_batch.Lot}", Json, Token);

        Assert.That(batch, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(batch!.BatchId, Is.EqualTo(_batch.Id.ToString()));
            Assert.That(batch.Consistency, Is.EqualTo("consistent"));
            Assert.That(batch.RecalledEverywhere, Is.True);
            Assert.That(batch.Statuses.Select(s => (s.Country, s.Status)), Is.EqualTo(new[] { ("DE", "normal"), ("FR", "recalled") }));
            Assert.That(batch.Holdings.ToDictionary(h => h.Holder.Address, h => h.Quantity), Is.EquivalentTo(new Dictionary<string, long>
            {
                [Hex(_actors.Manufacturer)] = 3, [Hex(_actors.Wholesaler)] = 1, [Hex(_actors.WholesalerFr)] = 2,
            }));
            Assert.That((batch.InTransit, batch.Seized, batch.Decommissioned), Is.EqualTo((0L, 1L, 1L)));
            Assert.That(batch.Shipments.Select(s => (s.ShipmentId, s.Status)), Is.EqualTo(new[] { (1L, "received"), (2L, "received"), (3L, "seized"), (4L, "rejected"), (5L, "received") }));
            Assert.That(batch.Manufacturer.Name, Is.EqualTo("Pharma Werke GmbH"));
        });
    }

    [Test]
    public async Task The_provenance_lists_every_step_across_the_border_with_parties_customs_decisions_and_proofs()
    {
        var provenance = await _host.Http.GetFromJsonAsync<ProvenanceView>($"/api/v1/batches/{_batch.Gtin14}/{_batch.Lot}/provenance", Json, Token);

        Assert.That(provenance, Is.Not.Null);
        var crossBorder = provenance!.Steps.Where(s => s.ShipmentId == 2).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(provenance.ChainId, Is.EqualTo(31337));
            Assert.That(provenance.Contract, Is.EqualTo(_world!.Contract.ToLowerHexString()));
            Assert.That(provenance.Steps[0].Kind, Is.EqualTo("registered"));
            Assert.That(provenance.Steps.Select(s => (s.Proof.BlockNumber, s.Proof.LogIndex)), Is.Ordered);
            Assert.That(crossBorder.Select(s => s.Kind), Is.EqualTo(CrossBorderKinds));
            Assert.That(crossBorder.Select(s => s.CustomsDecision), Is.EqualTo(CrossBorderDecisions));
            Assert.That(crossBorder[0].From!.Name, Is.EqualTo("Grosshandel AG"));
            Assert.That(crossBorder[0].To!.Country, Is.EqualTo("FR"));
            Assert.That((crossBorder[0].FromCountry, crossBorder[0].ToCountry), Is.EqualTo(("DE", "FR")));
            Assert.That(crossBorder[1].Actor.Name, Is.EqualTo("Douane Strasbourg"));
            Assert.That(crossBorder[1].Actor.Gln, Has.Length.EqualTo(13));
            Assert.That(crossBorder.Select(s => s.Proof.TransactionHash), Has.All.Match("^0x[0-9a-f]{64}$"));
            Assert.That(provenance.Steps[^1].Kind, Is.EqualTo("recalled"));
            Assert.That(provenance.Steps[^1].Country, Is.Null, "the manufacturer's recall holds everywhere");
        });
    }

    [Test]
    public async Task The_provenance_lists_the_quarantine_the_recalls_and_every_pack_decommission_with_party_country_reason_and_proof()
    {
        var provenance = await _host.Http.GetFromJsonAsync<ProvenanceView>($"/api/v1/batches/{_batch.Gtin14}/{_batch.Lot}/provenance", Json, Token);

        var statuses = provenance!.Steps.Where(s => s.Kind is "quarantined" or "released" or "recalled").ToList();
        var packs = provenance.Steps.Where(s => s.PackIndex is not null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Select(s => (s.Kind, s.Country, s.Reason, s.Actor.Address)), Is.EqualTo(new[]
            {
                ("quarantined", (string?)"DE", (string?)"inspection", Hex(_actors.RegulatorDe)),
                ("released", "DE", "inspection passed", Hex(_actors.RegulatorDe)),
                ("recalled", "FR", "falsified in FR", Hex(_actors.RegulatorFr)),
                ("recalled", null, "voluntary", Hex(_actors.Manufacturer)),
            }));
            Assert.That(packs.Select(s => (s.Kind, s.Reason)), Is.EqualTo(new[]
            {
                ("decommissioned", (string?)"dispensed"), ("reactivated", null), ("decommissioned", "dispensed"), ("falsification_alert", "dispensed"),
            }));
            Assert.That(packs.Select(s => (s.Actor.Name, s.Country, s.PackIndex, s.SerialHash, s.Quantity)),
                Has.All.EqualTo(("Apotheke am Markt", (string?)"DE", (long?)0, (string?)_batch.SerialHashes[0].ToString(), (long?)1)));
            Assert.That(packs.Select(s => s.Proof.TransactionHash).Distinct().Count(), Is.EqualTo(4), "each pack step is its own transaction");
        });
    }

    [Test]
    public async Task A_pack_provenance_has_its_batch_steps_and_only_its_own_decommissions_found_by_serial()
    {
        var batch = await _host.Http.GetFromJsonAsync<ProvenanceView>($"/api/v1/batches/{_batch.Gtin14}/{_batch.Lot}/provenance", Json, Token);
        var dispensed = await _host.Http.GetFromJsonAsync<PackProvenanceView>($"/api/v1/packs/{_batch.Gtin14}/{_batch.Serials[0]}/provenance", Json, Token);
        var untouched = await _host.Http.GetFromJsonAsync<PackProvenanceView>($"/api/v1/packs/{_batch.Gtin14}/{_batch.Serials[5]}/provenance?lot={_batch.Lot}", Json, Token);

        Assert.Multiple(() =>
        {
            Assert.That((dispensed!.PackIndex, dispensed.SerialHash, dispensed.Status), Is.EqualTo((0L, _batch.SerialHashes[0].ToString(), "dispensed")));
            Assert.That(dispensed.Provenance.Steps, Is.EqualTo(batch!.Steps), "pack 0 is the only pack with events");
            Assert.That((untouched!.PackIndex, untouched.Status), Is.EqualTo((5L, "active")), "published in the second chunk");
            Assert.That(untouched.Provenance.Steps.Select(s => s.Kind), Is.EqualTo(batch.Steps.Where(s => s.PackIndex is null).Select(s => s.Kind)));
            Assert.That(untouched.Provenance.BatchId, Is.EqualTo(_batch.Id.ToString()));
        });
    }

    [TestCase(1)]
    [TestCase(2)]
    [TestCase(7)]
    public async Task Provenance_pages_followed_by_their_next_links_give_the_whole_provenance_once(int perPage)
    {
        var whole = await _host.Http.GetFromJsonAsync<ProvenanceView>($"/api/v1/batches/{_batch.Gtin14}/{_batch.Lot}/provenance", Json, Token);
        var steps = new List<ProvenanceStep>();
        var pages = 0;
        string? next = $"/api/v1/batches/{_batch.Gtin14}/{_batch.Lot}/provenance?perPage={perPage}";
        while (next is not null && pages < 100)
        {
            using var response = await _host.Http.GetAsync(next, Token);
            var page = await response.Content.ReadFromJsonAsync<ProvenanceView>(Json, Token);
            Assert.That(page!.Steps, Has.Count.LessThanOrEqualTo(perPage));
            steps.AddRange(page.Steps);
            pages++;
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
            Assert.That(next is null, Is.EqualTo(page.NextPageToken is null), "the Link header and nextPageToken agree");
        }

        Assert.That(whole!.NextPageToken, Is.Null, "the scenario fits the default page");
        Assert.That(whole.Steps, Has.Count.GreaterThan(7), "the scenario needs several pages of 7");
        Assert.That(steps, Is.EqualTo(whole.Steps), "every step once, in chain order, with its dispatch's parties on later pages");
        Assert.That(pages, Is.EqualTo((whole.Steps.Count + perPage - 1) / perPage));
    }

    [Test]
    public async Task A_pack_keeps_its_status_on_a_page_without_its_decommission()
    {
        var first = await _host.Http.GetFromJsonAsync<PackProvenanceView>($"/api/v1/packs/{_batch.Gtin14}/{_batch.Serials[0]}/provenance?perPage=1", Json, Token);

        Assert.That(first!.Provenance.Steps.Select(s => s.Kind).Single(), Is.EqualTo("registered"));
        Assert.That(first.Provenance.NextPageToken, Is.Not.Null);
        Assert.That(first.Status, Is.EqualTo("dispensed"), "the status is the pack's, not the page's");
    }

    [Test]
    public async Task A_batch_sold_pack_by_pack_lists_its_latest_shipments_and_counts_them_all()
    {
        var many = new TestBatch(BatchQueries.RecentShipments + 3);
        await many.RegisterAsync(_world!, _actors.Manufacturer, many.Serials.Count, Token);
        var dispatches = Enumerable.Range(0, many.Serials.Count).Select(_ => PharmaLedger.EncodeDispatch(many.Id, _actors.Wholesaler.Address, 1, 0)).ToArray();
        var sent = await _world!.SendAsync(_actors.Manufacturer, PharmaLedger.EncodeMulticall(dispatches), Token);
        await _host.WaitForBlockAsync(sent.BlockNumber, Token);

        var batch = await _host.Http.GetFromJsonAsync<BatchView>($"/api/v1/batches/{many.Gtin14}/{many.Lot}", Json, Token);
        var provenance = await _host.Http.GetFromJsonAsync<ProvenanceView>($"/api/v1/batches/{many.Gtin14}/{many.Lot}/provenance", Json, Token);

        var all = provenance!.Steps.Where(s => s.Kind == "dispatched").Select(s => s.ShipmentId!.Value).ToList();
        Assert.That(batch!.ShipmentCount, Is.EqualTo(many.Serials.Count));
        Assert.That(batch.Shipments.Select(s => s.ShipmentId), Is.EqualTo(all.TakeLast(BatchQueries.RecentShipments)), "the latest, oldest first");
        Assert.That(batch.Shipments.Select(s => s.Status).Distinct().Single(), Is.EqualTo("dispatched"));
    }

    [Test]
    public async Task A_shipment_shows_its_parties_and_each_step()
    {
        var shipment = await _host.Http.GetFromJsonAsync<ShipmentView>("/api/v1/shipments/3", Json, Token);

        Assert.That(shipment, Is.Not.Null);
        Assert.That((shipment!.Status, shipment.From.Address, shipment.To.Address, shipment.Quantity), Is.EqualTo(("seized", Hex(_actors.Manufacturer), Hex(_actors.WholesalerFr), 1L)));
        Assert.That(shipment.Steps.Select(s => (s.Kind, s.Reason)), Is.EqualTo(new[] { ("dispatched", (string?)null), ("customs_seize", "suspect") }));
    }

    [Test]
    public async Task Participants_and_countries_are_listed_with_status_and_a_participant_is_found_by_address()
    {
        var participants = await _host.Http.GetFromJsonAsync<List<ParticipantView>>("/api/v1/participants", Json, Token);
        var countries = await _host.Http.GetFromJsonAsync<List<CountryView>>("/api/v1/countries", Json, Token);
        var one = await _host.Http.GetFromJsonAsync<ParticipantView>($"/api/v1/participants/{_actors.Wholesaler.Address.ToChecksumString()}", Json, Token);

        Assert.That(participants!.Select(p => p.Role), Is.EqualTo(Roles));
        Assert.That(countries!.Select(c => c.Code), Is.EqualTo(Countries));
        Assert.That((one!.Name, one.Status), Is.EqualTo(("Grosshandel AG", "active")), "suspended, then reinstated");
    }

    [TestCase("/api/v1/batches/4006381333932/L1", "gtin")]
    [TestCase("/api/v1/batches/12345/L1", "gtin")]
    [TestCase("/api/v1/batches/04006381333931/L%C3%A9", "lot")]
    [TestCase("/api/v1/batches/04006381333931/ABCDEFGHIJKLMNOPQRSTU/provenance", "lot")]
    [TestCase("/api/v1/participants/0x1234", "address")]
    [TestCase("/api/v1/shipments/abc", "id")]
    [TestCase("/api/v1/shipments/0", "id")]
    [TestCase("/api/v1/packs/04006381333931/ABCDEFGHIJKLMNOPQRSTU/provenance", "serial")]
    [TestCase("/api/v1/packs/04006381333931/S%C3%A9/provenance", "serial")]
    [TestCase("/api/v1/packs/4006381333932/S1/provenance", "gtin")]
    [TestCase("/api/v1/packs/04006381333931/S1/provenance?lot=L%C3%A9", "lot")]
    [TestCase("/api/v1/batches/04006381333931/L1/provenance?perPage=0", "perPage")]
    [TestCase("/api/v1/batches/04006381333931/L1/provenance?perPage=10001", "perPage")]
    [TestCase("/api/v1/batches/04006381333931/L1/provenance?perPage=ten", "perPage")]
    [TestCase("/api/v1/batches/04006381333931/L1/provenance?nextPageToken=not-a-token", "nextPageToken")]
    [TestCase("/api/v1/packs/04006381333931/S1/provenance?nextPageToken=MTI", "nextPageToken")]
    public async Task Bad_input_is_a_400_problem_naming_the_field(string path, string field)
    {
        using var response = await _host.Http.GetAsync(path, Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token));
        Assert.That(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), Is.True, problem.RootElement.ToString());
    }

    [TestCase("/api/v1/batches/04006381333931/NO-SUCH-LOT")]
    [TestCase("/api/v1/batches/04006381333931/NO-SUCH-LOT/provenance")]
    [TestCase("/api/v1/shipments/999")]
    [TestCase("/api/v1/packs/04006381333931/NO-SUCH-SERIAL/provenance")]
    [TestCase("/api/v1/participants/0x000000000000000000000000000000000000dead")]
    public async Task Something_not_on_the_ledger_is_a_404_problem(string path)
    {
        using var response = await _host.Http.GetAsync(path, Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task Readiness_reports_the_indexer_healthy_once_it_follows_the_head()
    {
        using var response = await _host.Http.GetAsync("/health/ready", Token);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await response.Content.ReadAsStringAsync(Token), Is.EqualTo("Healthy"));
        Assert.That(_host.Status.Current.Lag, Is.Zero);
    }
}
