using PharmaTrace.Indexer.Projection.Domain;
using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis.Mapping;
using PharmaTrace.Indexer.Epcis.Model;

namespace PharmaTrace.Indexer.Tests.Epcis;

public sealed class EpcisSchemaValidationTests
{
    private static IEnumerable<string> OfficialExamples() =>
        Directory.GetFiles(Path.Combine(EpcisSchemaValidator.StandardsDirectory(), "examples"), "*.jsonld").Select(Path.GetFileName)!;

    [TestCaseSource(nameof(OfficialExamples))]
    public async Task The_validator_accepts_the_official_example(string file)
    {
        var json = await File.ReadAllTextAsync(Path.Combine(EpcisSchemaValidator.StandardsDirectory(), "examples", file));
        Assert.That(EpcisSchemaValidator.Validate(json), Is.Empty);
    }

    [Test]
    public async Task The_validator_rejects_an_official_example_with_a_bizStep_outside_CBV_and_no_eventTime()
    {
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(EpcisSchemaValidator.StandardsDirectory(), "examples", "Example_9.6.1-ObjectEvent.jsonld")))!;
        var first = json["epcisBody"]!["eventList"]![0]!.AsObject();
        first.Remove("eventTime");
        first["action"] = "SHIP";

        Assert.That(EpcisSchemaValidator.Validate(json.ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void The_scenario_emits_every_mapping_the_mapper_has()
    {
        var events = MapScenario();
        var kinds = events.Select(e => $"{e.BizStep}/{e.Disposition}").Distinct().Order().ToList();

        Assert.That(kinds, Is.EquivalentTo(AllMappings));
        Assert.That(events, Has.Count.EqualTo(EpcisScenario.EpcisEventCount));
    }

    private static readonly string[] AllMappings =
        [
            "commissioning/active", "shipping/in_transit", "holding/sellable_not_accessible", "inspecting/in_transit",
            "receiving/in_progress", "decommissioning/inactive", "shipping/returned", "holding/non_sellable_other",
            "inspecting/active", "holding/recalled", "dispensing/dispensed", "destroying/destroyed", "decommissioning/stolen",
            "sampling/inactive", "/active", "inspecting/",
        ];

    [TestCase(EpcFormat.DigitalLink)]
    [TestCase(EpcFormat.EpcUrn)]
    public void Every_emitted_event_validates_as_an_EPCISDocument_and_as_an_EPCISQueryDocument(EpcFormat format)
    {
        foreach (var e in MapScenario())
        {
            var document = EpcisDocuments.Document([e.Document], format, DateTimeOffset.UtcNow).ToJsonString();
            var queryDocument = EpcisDocuments.QueryDocument([e.Document], format, DateTimeOffset.UtcNow).ToJsonString();

            Assert.That(EpcisSchemaValidator.Validate(document), Is.Empty, $"{e.BizStep}/{e.Disposition}: {document}");
            Assert.That(EpcisSchemaValidator.Validate(queryDocument), Is.Empty, $"{e.BizStep}/{e.Disposition}: {queryDocument}");
        }
    }

    [TestCase("bizStep", "teleporting")]
    [TestCase("eventTimeZoneOffset", "UTC")]
    [TestCase("action", "SHIP")]
    public void The_validator_rejects_an_emitted_event_with_a_field_broken(string field, string value)
    {
        var broken = MapScenario()[0].Document;
        broken[field] = value;

        Assert.That(EpcisSchemaValidator.Validate(EpcisDocuments.QueryDocument([broken], EpcFormat.DigitalLink, DateTimeOffset.UtcNow).ToJsonString()), Is.Not.Empty);
    }

    [Test]
    public void The_URN_form_writes_SGLN_LGTIN_and_SSCC_URNs()
    {
        var dispatch = MapScenario().First(e => e.BizStep == "shipping" && e.Epcs.Count > 0);
        var urn = EpcisDocuments.Translate(dispatch.Document, EpcFormat.EpcUrn);

        Assert.That(urn["epcList"]![0]!.GetValue<string>(), Does.StartWith("urn:epc:id:sscc:"));
        Assert.That(urn["quantityList"]![0]!["epcClass"]!.GetValue<string>(), Does.StartWith("urn:epc:class:lgtin:"));
        Assert.That(urn["readPoint"]!["id"]!.GetValue<string>(), Does.StartWith("urn:epc:id:sgln:"));
        Assert.That(dispatch.Document["quantityList"]![0]!["epcClass"]!.GetValue<string>(),
            Is.EqualTo($"https://id.gs1.org/01/{LedgerValues.Gtin(EpcisScenario.Gtin)}/10/LOT%2F42-A"));
    }

    [Test]
    public void Event_IDs_are_deterministic_and_distinct()
    {
        var first = MapScenario().Select(e => e.EventId).ToList();
        var again = MapScenario().Select(e => e.EventId).ToList();

        Assert.That(again, Is.EqualTo(first));
        Assert.That(first.Distinct().Count(), Is.EqualTo(first.Count));
        Assert.That(first, Has.All.Match("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    }

    internal static List<EpcisEvent> MapScenario()
    {
        var masterData = new EpcisMasterData();
        var mapper = new EpcisEventMapper(EpcisScenario.Chain, masterData);
        var events = EpcisScenario.Events();
        foreach (var e in events)
        {
            masterData.Learn(e.Event);
        }

        return [.. events.Select(mapper.Map).OfType<EpcisEvent>()];
    }
}
