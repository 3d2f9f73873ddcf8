using PharmaTrace.Api.Tests.Hosting;

namespace PharmaTrace.Api.Tests.Problems;

/// <summary>Refusals as RFC 9457 problem+json: the status, and the field and rule or the contract's error.</summary>
[TestFixture]
[CancelAfter(240_000)]
public sealed class ProblemResponseTests : SharedApiHostTests
{
    private static readonly string[] DuplicateSerials = ["A1", "A1"];
    private static readonly string[] OneSerial = ["1"];
    private static readonly string[] WritePaths =
    [
        "/api/v1/participants", "/api/v1/countries", "/api/v1/batches", "/api/v1/shipments",
        "/api/v1/shipments/{id}/customs", "/api/v1/operations/{id}",
    ];

    [Test]
    public async Task Invalid_fields_are_refused_with_400_naming_each_field_and_its_rule(CancellationToken cancellationToken)
    {
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (status, body, response) = await manufacturer.PostJsonAsync("/api/v1/batches",
            new { gtin = "12345678901234", lot = "", expiry = "2020-01-01", serials = DuplicateSerials }, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body!["errors"]!["gtin"]![0]!.GetValue<string>(), Does.Contain("check digit"));
            Assert.That(body["errors"]!["lot"]![0]!.GetValue<string>(), Does.Contain("1 to 20 characters"));
            Assert.That(body["errors"]!["expiry"]![0]!.GetValue<string>(), Does.Contain("after today"));
            Assert.That(body["errors"]!["serials"]![0]!.GetValue<string>(), Does.Contain("unique"));
        });
    }

    [Test]
    public async Task A_body_of_the_wrong_json_type_is_a_400_naming_the_field_not_a_500(CancellationToken cancellationToken)
    {
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/shipments", new { gtin = Scenario.Gtin, lot = "L1", quantity = "many", to = "x" }, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(400), Requests.Describe(body));
            Assert.That(body!["errors"]!.AsObject().Select(e => e.Key), Does.Contain("quantity"));
        });
    }

    [Test]
    public async Task A_request_without_an_api_key_is_401_and_with_an_unknown_key_too(CancellationToken cancellationToken)
    {
        using var anonymous = Host.ClientFor((Demo.Credential?)null);
        using var stranger = Host.ClientFor(new Demo.Credential("x", "Manufacturer", "DE", "", "", "pt_not-a-key"));
        var (none, noneBody, noneResponse) = await anonymous.PostJsonAsync("/api/v1/batches", new { }, cancellationToken);
        var (unknown, unknownBody, _) = await stranger.PostJsonAsync("/api/v1/batches", new { }, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(none, Is.EqualTo(401));
            Assert.That(noneResponse.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(noneBody!["detail"]!.GetValue<string>(), Does.Contain("X-Api-Key"));
            Assert.That(unknown, Is.EqualTo(401), Requests.Describe(unknownBody));
        });
    }

    [Test]
    public async Task A_role_that_may_not_call_an_endpoint_gets_403(CancellationToken cancellationToken)
    {
        using var pharmacy = Host.ClientFor("Pharmacy");
        var (status, body, _) = await pharmacy.PostJsonAsync("/api/v1/batches", new { gtin = Scenario.Gtin, lot = "L1", expiry = Scenario.Expiry, serials = OneSerial }, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(403));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("Pharmacy"));
        });
    }

    [Test]
    public async Task An_unknown_operation_is_404(CancellationToken cancellationToken)
    {
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (status, body) = await manufacturer.GetJsonAsync($"/api/v1/operations/{Guid.NewGuid()}", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(404));
            Assert.That(body!["title"]!.GetValue<string>(), Is.EqualTo("No such operation"));
        });
    }

    [Test]
    public async Task Shipping_more_than_held_is_409_with_the_contracts_error_name_arguments_and_a_sentence(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 3, cancellationToken);
        using var manufacturer = Host.ClientFor("Manufacturer");
        var (status, body, _) = await manufacturer.PostJsonAsync("/api/v1/shipments",
            new { gtin = Scenario.Gtin, lot, quantity = 7, to = Host.Participant("Wholesaler").Address }, cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(409), Requests.Describe(body));
            Assert.That(body!["error"]!.GetValue<string>(), Is.EqualTo("CustodyInsufficientQuantity"));
            Assert.That(body["arguments"]!["held"]!.GetValue<string>(), Is.EqualTo("3"));
            Assert.That(body["arguments"]!["requested"]!.GetValue<string>(), Is.EqualTo("7"));
            Assert.That(body["detail"]!.GetValue<string>(), Does.Contain("holds 3").And.Contain("fewer than the 7 requested"));
        });
    }

    [Test]
    public async Task A_body_over_4_MB_is_413(CancellationToken cancellationToken)
    {
        using var manufacturer = Host.ClientFor("Manufacturer");
        var json = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { gtin = Scenario.Gtin, lot = "BIG", expiry = Scenario.Expiry, serials = Scenario.Serials(300_000, "SERIAL-NUMBER-") });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/batches") { Content = new ByteArrayContent(json) };
        request.Content.Headers.ContentType = new("application/json");
        // 100-continue: the server refuses on Content-Length before the client sends 7 MB it would not read.
        request.Headers.ExpectContinue = true;
        using var response = await manufacturer.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(413), Requests.Describe(body));
            Assert.That(body?["title"]?.GetValue<string>(), Is.EqualTo("Request too large"));
        });
    }

    [Test]
    public async Task The_openapi_document_declares_the_api_key_scheme_and_every_write(CancellationToken cancellationToken)
    {
        using var anonymous = Host.ClientFor((Demo.Credential?)null);
        var (status, document) = await anonymous.GetJsonAsync("/openapi/v1.json", cancellationToken);
        var swagger = await anonymous.GetAsync("/swagger/index.html", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(200));
            Assert.That(document!["components"]!["securitySchemes"]!["ApiKey"]!["name"]!.GetValue<string>(), Is.EqualTo("X-Api-Key"));
            Assert.That(document["paths"]!.AsObject().Select(p => p.Key), Is.SupersetOf(WritePaths));
            Assert.That((int)swagger.StatusCode, Is.EqualTo(200));
        });
    }
}
