using PharmaTrace.Api.Tests.Hosting;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>
/// POST /api/v1/packs/verify, /decommission and /decommission/undo through the real host (real Kestrel,
/// real Anvil, the in-process indexer and pack index). The demo manufacturer holds its own batches, so it
/// decommissions here; the cross-border pharmacy path is in the journey test.
/// </summary>
[CancelAfter(300_000)]
public sealed class PackEndpointsTests
{
    private static readonly string[] UnknownPack = ["(01)09506000134352(21)X"];
    private static readonly string[] UnknownAndBadPacks = ["(01)09506000134352(21)X", "(01)123"];
    private static readonly string[] BothCodeFields = ["codes[0]", "codes[1]"];
    private static readonly int[] FirstOnly = [0];
    private ApiHost _host = null!;

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await ApiHost.StartAsync(CancellationToken.None);

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task<(string Lot, string[] Serials)> RegisterAsync(int packs)
    {
        var lot = await Scenario.RegisterBatchAsync(_host, packs, Token);
        return (lot, Scenario.Serials(packs));
    }

    private static string Code(string lot, string serial) => PharmacyHttp.Scan(Scenario.Gtin, Scenario.Expiry, lot, serial);

    [Test]
    public async Task Verification_needs_an_API_key()
    {
        using var anonymous = _host.ClientFor((PharmaTrace.Api.Demo.Credential?)null);

        var (status, _, _) = await anonymous.PostJsonAsync("/api/v1/packs/verify", new { code = "(01)09506000134352(21)X" }, Token);

        Assert.That(status, Is.EqualTo(401));
    }

    [Test]
    public async Task A_code_without_a_serial_is_a_400_naming_the_code()
    {
        using var pharmacy = _host.ClientFor("Pharmacy");

        var (status, body, _) = await pharmacy.PostJsonAsync("/api/v1/packs/verify", new { code = "(01)09506000134352(10)LOT" }, Token);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body!["field"]!.GetValue<string>(), Is.EqualTo("code"));
    }

    [Test]
    public async Task A_pack_of_a_product_nobody_registered_answers_in_the_DSCSA_verification_shape()
    {
        using var pharmacy = _host.ClientFor("Pharmacy");

        var answer = await PharmacyHttp.VerifyAsync(pharmacy, "(01)04006381333931(21)NEVER-ISSUED", Token);

        var dscsa = answer["dscsa"]!.AsObject();
        Assert.That(PharmacyHttp.State(answer), Is.EqualTo("unknown_product"));
        Assert.That(dscsa.Select(p => p.Key), Is.EqualTo(DscsaFields), "GS1 Lightweight Messaging Standard for Verification of Product Identifiers");
        Assert.That(dscsa["verified"]!.GetValue<bool>(), Is.False);
        Assert.That(dscsa["verificationFailureReason"]!.GetValue<string>(), Is.EqualTo("No_match_GTIN_Serial"));
        Assert.That(answer["proof"], Is.Null);
    }

    private static readonly string[] DscsaFields = ["verified", "verificationFailureReason", "additionalInfo", "verificationTimestamp"];

    [Test]
    public async Task A_registered_pack_scanned_anywhere_verifies_active_with_a_proof_the_contract_accepts()
    {
        var (lot, serials) = await RegisterAsync(5);
        using var pharmacy = _host.ClientFor("Pharmacy");

        var answer = await PharmacyHttp.VerifyWhenIndexedAsync(pharmacy, Code(lot, serials[3]), a => PharmacyHttp.IsOfLot(a, lot), Token);

        Assert.That(PharmacyHttp.State(answer), Is.EqualTo("active"), Requests.Describe(answer));
        Assert.That(answer["dscsa"]!["verified"]!.GetValue<bool>(), Is.True);
        Assert.That(answer["batch"]!["lot"]!.GetValue<string>(), Is.EqualTo(lot));
        Assert.That(await PharmacyHttp.ProofHoldsOnChainAsync(_host, answer, Token), Is.True);
    }

    [Test]
    public async Task A_basket_is_decommissioned_in_one_transaction_and_a_repeat_is_a_409_with_the_alert_on_the_ledger()
    {
        var (lot, serials) = await RegisterAsync(4);
        using var manufacturer = _host.ClientFor("Manufacturer");
        string[] basket = [Code(lot, serials[0]), Code(lot, serials[1])];
        await PharmacyHttp.VerifyWhenIndexedAsync(manufacturer, basket[1], a => PharmacyHttp.IsOfLot(a, lot), Token);

        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission", new { codes = basket, reason = "sample" }, Token);
        Assert.That(status, Is.EqualTo(201), Requests.Describe(body));
        Assert.That(body!["operation"]!["transactions"]!.AsArray(), Has.Count.EqualTo(1));
        Assert.That(body["recordId"]!.GetValue<string>(), Is.Not.Empty);

        var (again, problem, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission", new { codes = new[] { basket[1], Code(lot, serials[2]) }, reason = "sample" }, Token);
        Assert.That(again, Is.EqualTo(409), Requests.Describe(problem));
        Assert.That(problem!["alertedPacks"]!.AsArray().Select(p => p!["position"]!.GetValue<int>()), Is.EqualTo(FirstOnly));
        var transaction = problem["decommissioned"]!["operation"]!["transactions"]![0]!["hash"]!.GetValue<string>();
        var receipt = await _host.Rpc.GetTransactionReceiptAsync(PharmaTrace.Ledger.Primitives.Hash32.Parse(transaction), Token);
        Assert.That(receipt!.Logs.Select(l => PharmaTrace.Ledger.Contracts.PharmaLedger.TryDecodeEvent(l.Topics, l.Data.Span, out var e) ? e : null),
            Has.One.InstanceOf<PharmaTrace.Ledger.Contracts.PharmaLedger.FalsificationAlertRaisedEvent>());

        var verified = await PharmacyHttp.VerifyWhenIndexedAsync(manufacturer, basket[0], a => PharmacyHttp.State(a) == "sample", Token);
        Assert.That(verified["decommission"]!["disclosed"]!.GetValue<bool>(), Is.True);
    }

    [Test]
    public async Task The_same_party_undoes_a_decommissioning_and_the_packs_verify_active_again()
    {
        var (lot, serials) = await RegisterAsync(3);
        using var manufacturer = _host.ClientFor("Manufacturer");
        string[] basket = [Code(lot, serials[0]), Code(lot, serials[2])];
        await PharmacyHttp.VerifyWhenIndexedAsync(manufacturer, basket[1], a => PharmacyHttp.IsOfLot(a, lot), Token);
        var (decommissioned, done, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission", new { codes = basket, reason = "sample" }, Token);
        Assert.That(decommissioned, Is.EqualTo(201), Requests.Describe(done));
        var recordId = done!["recordId"]!.GetValue<string>();
        await PharmacyHttp.VerifyWhenIndexedAsync(manufacturer, basket[1], a => PharmacyHttp.State(a) == "sample", Token);

        using var pharmacy = _host.ClientFor("Pharmacy");
        var (foreign, _, _) = await pharmacy.PostJsonAsync("/api/v1/packs/decommission/undo", new { recordId }, Token);
        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission/undo", new { recordId, codes = new[] { basket[1] } }, Token);

        Assert.That(foreign, Is.EqualTo(403));
        Assert.That(status, Is.EqualTo(201), Requests.Describe(body));
        await PharmacyHttp.VerifyWhenIndexedAsync(manufacturer, basket[1], a => PharmacyHttp.State(a) == "active", Token);
        var (rest, restBody, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission/undo", new { recordId }, Token);
        Assert.That(rest, Is.EqualTo(201), Requests.Describe(restBody));
        await PharmacyHttp.VerifyWhenIndexedAsync(manufacturer, basket[0], a => PharmacyHttp.State(a) == "active", Token);
    }

    [Test]
    public async Task A_decommission_with_an_unknown_reason_or_a_bad_code_names_each_field()
    {
        using var manufacturer = _host.ClientFor("Manufacturer");

        var (reason, reasonBody, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission", new { codes = UnknownPack, reason = "lost" }, Token);
        var (code, codeBody, _) = await manufacturer.PostJsonAsync("/api/v1/packs/decommission", new { codes = UnknownAndBadPacks, reason = "destroyed" }, Token);

        Assert.That(reason, Is.EqualTo(400));
        Assert.That(reasonBody!["errors"]!["reason"], Is.Not.Null, Requests.Describe(reasonBody));
        Assert.That(code, Is.EqualTo(400));
        Assert.That(codeBody!["errors"]!.AsObject().Select(e => e.Key), Is.EquivalentTo(BothCodeFields), Requests.Describe(codeBody));
    }

    [Test]
    public async Task Only_holders_may_decommission()
    {
        using var regulator = _host.ClientFor("Regulator", "DE");

        var (status, _, _) = await regulator.PostJsonAsync("/api/v1/packs/decommission", new { codes = UnknownPack, reason = "destroyed" }, Token);

        Assert.That(status, Is.EqualTo(403));
    }

}
