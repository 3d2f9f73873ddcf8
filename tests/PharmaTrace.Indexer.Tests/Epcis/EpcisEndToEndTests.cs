using System.Net;
using System.Text.Json.Nodes;
using PharmaTrace.Indexer.Epcis;
using PharmaTrace.Indexer.Epcis.Model;
using PharmaTrace.Indexer.Projection;
using PharmaTrace.Indexer.Tests.Indexing;
using PharmaTrace.Indexer.Tests.Projection;
using PharmaTrace.Indexer.Tests.World;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Tests.Epcis;

/// <summary>Real transactions on Anvil, the real follower with the domain and EPCIS lanes, served over Kestrel.</summary>
[TestFixtureSource(typeof(TestReadModel), nameof(TestReadModel.Dialects))]
public sealed class EpcisEndToEndTests(SqlDialect dialect) : ProjectionTestBase(dialect)
{
    /// <summary>The supply-chain scenario's transactions, in order, as CBV business step / disposition.</summary>
    private static readonly string[] ExpectedSteps =
    [
        "commissioning/active",
        "shipping/in_transit", "receiving/in_progress",
        "shipping/in_transit", "holding/sellable_not_accessible", "inspecting/in_transit", "receiving/in_progress",
        "shipping/in_transit", "decommissioning/inactive",
        "shipping/in_transit", "shipping/returned",
        "holding/non_sellable_other", "inspecting/active",
        "shipping/in_transit", "receiving/in_progress",
        "dispensing/dispensed", "/active", "dispensing/dispensed", "inspecting/",
        "holding/recalled", "holding/recalled",
    ];

    [TestCase(EpcFormat.DigitalLink, "Always_GS1_Digital_Link")]
    [TestCase(EpcFormat.EpcUrn, "Always_EPC_URN")]
    public async Task The_scenario_on_the_chain_is_served_as_valid_EPCIS_events_with_verifiable_ledger_proofs(EpcFormat format, string header)
    {
        await SupplyChainScenario.RunAsync(World, Token);
        var indexer = await IndexerAsync();
        await indexer.CatchUpAsync(Token);
        await using var host = await EpcisHttpHost.StartAsync(indexer.EpcisDatabase, Token);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/epcis/events?perPage=100");
        request.Headers.Add("GS1-EPC-Format", header);
        using var response = await host.Client.SendAsync(request, Token);
        var body = await response.Content.ReadAsStringAsync(Token);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        Assert.That(EpcisSchemaValidator.Validate(body), Is.Empty, body);

        var events = JsonNode.Parse(body)!["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.That(events.Select(e => $"{e["bizStep"]}/{e["disposition"]}"), Is.EqualTo(ExpectedSteps));
        var prefix = format == EpcFormat.EpcUrn ? "urn:epc:id:sgln:" : "https://id.gs1.org/414/";
        Assert.That(events.Where(e => e["readPoint"] is not null).Select(e => e["readPoint"]!["id"]!.GetValue<string>()), Has.All.StartWith(prefix));
        Assert.That(events.Count(e => e["epcList"] is not null), Is.EqualTo(1), "only shipment 2 has an SSCC");
        foreach (var proof in events.Select(e => e["pt:ledger"]!))
        {
            var block = await World.Client.GetBlockByNumberAsync(proof["pt:blockNumber"]!.GetValue<ulong>(), Token);
            Assert.That(block!.TransactionHashes, Does.Contain(Hash32.Parse(proof["pt:transactionHash"]!.GetValue<string>())));
            Assert.That(proof["pt:contract"]!.GetValue<string>(), Is.EqualTo(World.Contract.ToLowerHexString()));
        }
    }
}
