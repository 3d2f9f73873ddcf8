using PharmaTrace.Indexer.Projection.Domain;
using System.Net;
using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>The projection and the query interface over HTTP, on SQLite and on PostgreSQL, with the scenario's events.</summary>
[TestFixture(SqlDialect.Sqlite)]
[TestFixture(SqlDialect.PostgreSql)]
[NonParallelizable]
public sealed class EpcisQueryInterfaceTests(SqlDialect dialect)
{
    private static readonly List<EpcisEvent> Expected = EpcisSchemaValidationTests.MapScenario();
    private EpcisDatabaseFixture _database = null!;
    private EpcisHttpHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await EpcisDatabaseFixture.CreateAsync(dialect, CancellationToken.None);
        await _database.ApplyAsync(EpcisScenario.Events(), CancellationToken.None);
        _host = await EpcisHttpHost.StartAsync(_database.Database, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Test]
    public async Task Paging_with_nextPageToken_returns_every_event_once_in_chain_order_and_every_page_validates()
    {
        var ids = new List<string>();
        var url = "/epcis/events?perPage=4";
        var pages = 0;
        while (url is not null)
        {
            using var response = await _host.Client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            Assert.That(EpcisSchemaValidator.Validate(body), Is.Empty, body);
            Assert.That(response.Headers.GetValues("GS1-EPCIS-Version").Single(), Is.EqualTo("2.0.0"));
            ids.AddRange(Events(JsonNode.Parse(body)!).Select(e => e["eventID"]!.GetValue<string>()));
            url = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('>')[0].TrimStart('<') : null;
            Assert.That(url ?? "", Does.Not.Contain("offset"));
            pages++;
        }

        Assert.That(ids, Is.EqualTo(Expected.Select(e => e.EventId)));
        Assert.That(pages, Is.EqualTo((Expected.Count + 3) / 4));
    }

    [TestCaseSource(typeof(EpcisFilterCases), nameof(EpcisFilterCases.All))]
    public async Task A_filter_returns_exactly_the_matching_events(string query, Func<EpcisEvent, bool> expected)
    {
        var ids = await AllIdsAsync($"/epcis/events?perPage=5&{query}");

        Assert.That(ids, Is.EqualTo(Expected.Where(expected).Select(e => e.EventId)));
    }

    [Test]
    public async Task OrderBy_eventTime_descending_with_eventCountLimit_returns_the_latest_events_across_pages()
    {
        var ids = await AllIdsAsync("/epcis/events?orderBy=eventTime&orderDirection=DESC&eventCountLimit=7&perPage=3");

        Assert.That(ids, Is.EqualTo(Expected.OrderByDescending(e => e.EventTime).ThenByDescending(e => e.LogIndex).Take(7).Select(e => e.EventId)));
    }

    [Test]
    public async Task The_epc_and_bizStep_resources_narrow_like_their_parameters()
    {
        Assert.That(await AllIdsAsync($"/epcis/epcs/{Uri.EscapeDataString(EpcisFilterCases.Sscc)}/events"), Is.EqualTo(Expected.Where(e => e.Epcs.Contains(EpcisFilterCases.Sscc)).Select(e => e.EventId)));
        Assert.That(await AllIdsAsync("/epcis/bizSteps/receiving/events"), Is.EqualTo(Expected.Where(e => e.BizStep == "receiving").Select(e => e.EventId)));
    }

    [Test]
    public async Task An_event_is_served_by_its_ID_in_the_requested_EPC_format()
    {
        var dispatch = Expected.First(e => e.Epcs.Count > 0);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/epcis/events/{Uri.EscapeDataString(dispatch.EventId)}");
        request.Headers.Add("GS1-EPC-Format", "Always_EPC_URN");
        using var response = await _host.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(EpcisSchemaValidator.Validate(body), Is.Empty);
        var served = Events(JsonNode.Parse(body)!).Single();
        Assert.That(served["eventID"]!.GetValue<string>(), Is.EqualTo(dispatch.EventId));
        Assert.That(served["epcList"]![0]!.GetValue<string>(), Is.EqualTo(EpcisIdentifiers.ToUrn(EpcisFilterCases.Sscc)));
        Assert.That(response.Headers.GetValues("GS1-EPC-Format").Single(), Is.EqualTo("Always_EPC_URN"));
    }

    [Test]
    public async Task An_unknown_event_ID_is_a_404_NoSuchResourceException()
    {
        using var response = await _host.Client.GetAsync(new Uri("/epcis/events/urn:uuid:00000000-0000-8000-8000-000000000000", UriKind.Relative));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("epcisException:NoSuchResourceException"));
    }

    [Test]
    public async Task Another_chains_event_ID_at_a_stored_events_place_is_a_404_and_matches_nothing()
    {
        var stored = EpcisScenario.Events().First(e => e.Event is Ledger.Contracts.PharmaLedger.ShipmentDispatchedEvent);
        var ours = EpcisEventId.For(EpcisScenario.Chain, stored.Context);
        var theirs = EpcisEventId.For(EpcisScenario.Chain with { ChainId = EpcisScenario.Chain.ChainId + 1 }, stored.Context);
        Assert.That(EpcisEventId.TrySeq(theirs, out var seq) && EpcisEventId.TrySeq(ours, out var ourSeq) && seq == ourSeq, Is.True);

        using var found = await _host.Client.GetAsync(new Uri($"/epcis/events/{ours}", UriKind.Relative));
        using var missing = await _host.Client.GetAsync(new Uri($"/epcis/events/{theirs}", UriKind.Relative));
        using var query = await _host.Client.GetAsync(new Uri($"/epcis/events?EQ_eventID={Uri.EscapeDataString(theirs)}", UriKind.Relative));

        Assert.That(found.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Events(JsonNode.Parse(await query.Content.ReadAsStringAsync())!), Is.Empty);
    }

    [TestCase("EQ_bizStep=teleporting", "EQ_bizStep")]
    [TestCase("EQ_action=SHIP", "EQ_action")]
    [TestCase("GE_eventTime=yesterday", "GE_eventTime")]
    [TestCase("perPage=0", "perPage")]
    [TestCase("perPage=100000", "perPage")]
    [TestCase("eventCountLimit=3", "eventCountLimit")]
    [TestCase("orderBy=quantity", "orderBy")]
    [TestCase("orderBy=eventTime&orderDirection=UP", "orderDirection")]
    [TestCase("MATCH_epc=not-an-epc", "MATCH_epc")]
    [TestCase("EQ_pt:countries=Germany", "EQ_pt:countries")]
    [TestCase("EQ_colour=blue", "EQ_colour")]
    [TestCase("nextPageToken=AAAA", "nextPageToken")]
    public async Task A_bad_parameter_is_a_400_QueryParameterException_naming_it(string query, string parameter)
    {
        using var response = await _host.Client.GetAsync(new Uri($"/epcis/events?{query}", UriKind.Relative));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("epcisException:QueryParameterException"));
        Assert.That(problem["parameter"]!.GetValue<string>(), Is.EqualTo(parameter));
    }

    [TestCase("GS1-EPCIS-Min", "2.1.0")]
    [TestCase("GS1-EPCIS-Max", "1.2")]
    [TestCase("Accept", "application/xml")]
    public async Task A_request_for_what_is_not_served_is_a_406_NotAcceptableException(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/epcis/events");
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await _host.Client.SendAsync(request);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotAcceptable));
        Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo("epcisException:NotAcceptableException"));
    }

    [Test]
    public async Task A_page_token_is_refused_for_a_different_query()
    {
        using var first = await _host.Client.GetAsync(new Uri("/epcis/events?perPage=2", UriKind.Relative));
        var next = first.Headers.GetValues("Link").Single().Split('>')[0].TrimStart('<');
        using var tampered = await _host.Client.GetAsync(new Uri(next + "&EQ_action=OBSERVE"));

        Assert.That(tampered.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static readonly string[] StandardParameters = ["EQ_bizStep", "MATCH_epc", "perPage", "nextPageToken"];

    [Test]
    public async Task The_OpenAPI_document_describes_the_country_extension_parameter()
    {
        var document = JsonNode.Parse(await _host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var parameters = document["paths"]!["/epcis/events"]!["get"]!["parameters"]!.AsArray();
        var country = parameters.Single(p => p!["name"]!.GetValue<string>() == "EQ_pt:countries")!;

        Assert.That(country["description"]!.GetValue<string>(), Does.Contain("ISO 3166-1 alpha-2"));
        Assert.That(parameters.Select(p => p!["name"]!.GetValue<string>()), Is.SupersetOf(StandardParameters));
    }

    private async Task<List<string>> AllIdsAsync(string url)
    {
        var ids = new List<string>();
        for (var next = url; next is not null;)
        {
            using var response = await _host.Client.GetAsync(new Uri(next, UriKind.RelativeOrAbsolute));
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
            ids.AddRange(Events(JsonNode.Parse(body)!).Select(e => e["eventID"]!.GetValue<string>()));
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('>')[0].TrimStart('<') : null;
        }

        return ids;
    }

    private static IEnumerable<JsonNode> Events(JsonNode document) =>
        document["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray()!.Select(e => e!);
}
