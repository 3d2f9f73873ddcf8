using System.Globalization;
using System.Text.Json.Nodes;

namespace PharmaTrace.Api.Tests.Hosting;

/// <summary>Ledger states the tests start from, built through the REST API itself.</summary>
public static class Scenario
{
    public static readonly string Gtin = LedgerFixture.Gs1Key(950600013435, 14).ToString("D14", CultureInfo.InvariantCulture);

    public static string NewLot() => "L" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static string Expiry => DateTime.UtcNow.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string[] Serials(int count, string prefix = "S") =>
        [.. Enumerable.Range(0, count).Select(i => $"{prefix}{i:D8}")];

    /// <summary>The demo manufacturer registers a batch of <paramref name="packs"/> packs; returns its lot.</summary>
    public static async Task<string> RegisterBatchAsync(ApiHost host, int packs, CancellationToken cancellationToken)
    {
        var lot = NewLot();
        using var manufacturer = host.ClientFor("Manufacturer");
        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/batches", new { gtin = Gtin, lot, expiry = Expiry, serials = Serials(packs) }, cancellationToken);
        Assert.That(status, Is.EqualTo(201), Requests.Describe(body));
        return lot;
    }

    /// <summary>The demo manufacturer (DE) ships to the demo wholesaler (FR); returns the shipment id.</summary>
    public static async Task<string> DispatchToWholesalerAsync(ApiHost host, string lot, ulong quantity, CancellationToken cancellationToken)
    {
        using var manufacturer = host.ClientFor("Manufacturer");
        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/shipments",
            new { gtin = Gtin, lot, quantity, to = host.Participant("Wholesaler").Gln }, cancellationToken);
        Assert.That(status, Is.EqualTo(201), Requests.Describe(body));
        return body!["shipmentId"]!.GetValue<string>();
    }

    public static string OperationState(JsonNode? body) => body?["operation"]?["state"]?.GetValue<string>() ?? "";
}
