using System.Globalization;
using System.Text.Json.Nodes;
using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>Pharmacy calls through the REST API that several tests share.</summary>
public static class PharmacyHttp
{
    public const char Gs = '\u001D';

    /// <summary>The raw data a DataMatrix scanner sends: "]d2", AIs, GS after the variable-length lot.</summary>
    public static string Scan(string gtin, string expiry, string lot, string serial) =>
        $"]d201{gtin}17{expiry[2..4]}{expiry[5..7]}{expiry[8..10]}10{lot}{Gs}21{serial}";

    /// <summary>Verifies as <paramref name="client"/> and returns the answer (200 expected).</summary>
    public static async Task<JsonNode> VerifyAsync(HttpClient client, string code, CancellationToken cancellationToken)
    {
        var (status, body, _) = await client.PostJsonAsync("/api/v1/packs/verify", new { code }, cancellationToken);
        Assert.That(status, Is.EqualTo(200), Requests.Describe(body));
        return body!;
    }

    /// <summary>Waits until the pack index knows the serial (the indexer and the feed run behind the chain).</summary>
    public static async Task<JsonNode> VerifyWhenIndexedAsync(HttpClient client, string code, Func<JsonNode, bool> ready, CancellationToken cancellationToken)
    {
        JsonNode? answer = null;
        await Eventually.ThatAsync(async () => ready(answer = await VerifyAsync(client, code, cancellationToken)),
            TimeSpan.FromSeconds(60), $"the verification of {code} is ready", cancellationToken);
        return answer!;
    }

    /// <summary>Checks the proof of an answer with the contract's verifyPack on the node.</summary>
    public static async Task<bool> ProofHoldsOnChainAsync(ApiHost host, JsonNode answer, CancellationToken cancellationToken)
    {
        var proof = answer["proof"]!;
        var pack = new PharmaLedger.PackProof(
            Hash32.Parse(proof["batchId"]!.GetValue<string>()), proof["index"]!.GetValue<uint>(), Hash32.Parse(proof["serialHash"]!.GetValue<string>()),
            [.. proof["proof"]!.AsArray().Select(p => Hash32.Parse(p!.GetValue<string>()))]);
        Assert.That(Address.Parse(proof["contract"]!.GetValue<string>()), Is.EqualTo(host.Contract));
        Assert.That(proof["chainId"]!.GetValue<ulong>(), Is.EqualTo(AnvilAccounts.ChainId));
        var result = await host.CallAsync(PharmaLedger.EncodeVerifyPack(pack), cancellationToken);
        return PharmaLedger.DecodeVerifyPackOutput(result.Span);
    }

    /// <summary>True once the answer comes from the batch of <paramref name="lot"/> with its proof (the demo reuses serials across lots).</summary>
    public static bool IsOfLot(JsonNode answer, string lot) =>
        answer["batch"]?["lot"]?.GetValue<string>() == lot && answer["proof"] is not null;

    public static string State(JsonNode answer) => answer["state"]!.GetValue<string>();

    public static string Lower(string text) => text.ToLower(CultureInfo.InvariantCulture);
}
