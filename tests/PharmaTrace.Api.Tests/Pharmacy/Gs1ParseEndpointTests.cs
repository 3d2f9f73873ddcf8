using PharmaTrace.Api.Tests.Hosting;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>POST /api/v1/gs1/parse through the real host: anonymous, every input form, rejections naming the AI and rule.</summary>
[CancelAfter(180_000)]
public sealed class Gs1ParseEndpointTests
{
    private ApiHost _host = null!;
    private HttpClient _anonymous = null!;

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await ApiHost.StartAsync(CancellationToken.None);
        _anonymous = _host.ClientFor((PharmaTrace.Api.Demo.Credential?)null);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _anonymous.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Raw_DataMatrix_data_gives_every_AI_with_its_title_and_the_normalised_identifiers()
    {
        var code = $"]d2010950600013435217301231{"10ABC123"}{PharmacyHttp.Gs}21XYZ987";

        var (status, body, _) = await _anonymous.PostJsonAsync("/api/v1/gs1/parse", new { code }, Token);

        Assert.That(status, Is.EqualTo(200), Requests.Describe(body));
        var elements = body!["elements"]!.AsArray().Select(e => (e!["ai"]!.GetValue<string>(), e["title"]!.GetValue<string>(), e["value"]!.GetValue<string>()));
        Assert.That(elements, Is.EqualTo(new[]
        {
            ("01", "GTIN", "09506000134352"), ("10", "BATCH/LOT", "ABC123"), ("17", "USE BY or EXPIRY", "301231"), ("21", "SERIAL", "XYZ987"),
        }));
        var ids = body["identifiers"]!;
        Assert.That(ids["gtin"]!.GetValue<string>(), Is.EqualTo("09506000134352"));
        Assert.That(ids["epcUri"]!.GetValue<string>(), Is.EqualTo("urn:epc:id:sgtin:9506000.013435.XYZ987"));
        Assert.That(ids["companyPrefixLengthAssumed"]!.GetValue<bool>(), Is.True);
        Assert.That(ids["digitalLink"]!.GetValue<string>(), Is.EqualTo("https://id.gs1.org/01/09506000134352/10/ABC123/21/XYZ987?17=301231"));
        Assert.That(ids["lot"]!.GetValue<string>(), Is.EqualTo("ABC123"));
        Assert.That(ids["expiry"]!.GetValue<string>(), Is.EqualTo("2030-12-31"));
        Assert.That(ids["serial"]!.GetValue<string>(), Is.EqualTo("XYZ987"));
    }

    [TestCase("(01)09506000134352(17)301231(10)ABC123(21)XYZ987")]
    [TestCase("https://example.com/01/09506000134352/10/ABC123/21/XYZ987?17=301231")]
    [TestCase("010950600013435217301231" + "10ABC123^21XYZ987")]
    public async Task Bracketed_Digital_Link_and_caret_forms_give_the_same_identifiers_as_the_scan(string code)
    {
        var (status, body, _) = await _anonymous.PostJsonAsync("/api/v1/gs1/parse", new { code }, Token);

        Assert.That(status, Is.EqualTo(200), Requests.Describe(body));
        Assert.That(body!["bracketed"]!.GetValue<string>(), Is.EqualTo("(01)09506000134352(10)ABC123(17)301231(21)XYZ987"));
    }

    [Test]
    public async Task A_wrong_GTIN_check_digit_is_a_400_naming_AI_01_and_the_rule()
    {
        var (status, body, response) = await _anonymous.PostJsonAsync("/api/v1/gs1/parse", new { code = "(01)09506000134353(21)X" }, Token);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(body!["ai"]!.GetValue<string>(), Is.EqualTo("01"));
        Assert.That(body["field"]!.GetValue<string>(), Is.EqualTo("code"));
        Assert.That(body["rule"]!.GetValue<string>(), Does.Contain("check digit"));
    }

    [Test]
    public async Task An_impossible_expiry_date_is_a_400_naming_AI_17()
    {
        var (status, body, _) = await _anonymous.PostJsonAsync("/api/v1/gs1/parse", new { code = "(01)09506000134352(17)301331(21)X" }, Token);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body!["ai"]!.GetValue<string>(), Is.EqualTo("17"));
    }

    [Test]
    public async Task A_missing_code_is_a_400_naming_the_field()
    {
        var (status, body, _) = await _anonymous.PostJsonAsync("/api/v1/gs1/parse", new { }, Token);

        Assert.That(status, Is.EqualTo(400));
        Assert.That(body!["errors"]!["code"], Is.Not.Null, Requests.Describe(body));
    }
}
