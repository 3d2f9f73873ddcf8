using System.Net.Http.Json;
using System.Text.Json;
using PharmaTrace.Api.Demo;
using PharmaTrace.Api.Tests.Hosting;

namespace PharmaTrace.Api.Tests.Embedded;

/// <summary>
/// The run command's promises, on the real process: it starts Anvil, deploys, seeds the demo and
/// writes demo-credentials.json; a restart keeps chain, keys and credentials; stopping it (or
/// killing it) leaves no Anvil behind; outside Development it refuses to start without a key-encryption key.
/// </summary>
[TestFixture]
[CancelAfter(300_000)]
public sealed class EmbeddedRunTests
{
    private string _data = null!;

    [SetUp]
    public void CreateDataDirectory() => _data = Directory.CreateTempSubdirectory("pt-embedded-").FullName;

    [TearDown]
    public void DeleteDataDirectory()
    {
        foreach (var pid in ApiProcess.ProcessesMentioning(_data))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
        Directory.Delete(_data, recursive: true);
    }

    [Test]
    public async Task The_embedded_run_deploys_seeds_and_a_restart_keeps_everything_and_leaves_nothing_running(CancellationToken cancellationToken)
    {
        string manifest, credentials;
        using (var first = ApiProcess.Start(_data, "Development"))
        {
            await WaitReadyAsync(first, cancellationToken);
            manifest = await File.ReadAllTextAsync(Path.Combine(_data, "deployment.json"), cancellationToken);
            credentials = await File.ReadAllTextAsync(Path.Combine(_data, "demo-credentials.json"), cancellationToken);
            Assert.That(ApiProcess.ProcessesMentioning(_data), Is.Not.Empty, "Anvil runs while the host runs");
            await first.StopAsync(cancellationToken);
        }
        Assert.That(ApiProcess.ProcessesMentioning(_data), Is.Empty, "Anvil stops with the host");

        var people = JsonSerializer.Deserialize<List<Credential>>(credentials, JsonSerializerOptions.Web)!;
        using var second = ApiProcess.Start(_data, "Development");
        await WaitReadyAsync(second, cancellationToken);
        using var client = new HttpClient { BaseAddress = second.Url };
        client.DefaultRequestHeaders.Add("X-Api-Key", people.First(p => p.Role == "Manufacturer").ApiKey);
        var (status, body, _) = await client.PostJsonAsync("/api/v1/batches", new { gtin = Scenario.Gtin, lot = Scenario.NewLot(), expiry = Scenario.Expiry, serials = Scenario.Serials(3) }, cancellationToken);
        Assert.Multiple(async () =>
        {
            Assert.That(await File.ReadAllTextAsync(Path.Combine(_data, "deployment.json"), cancellationToken), Is.EqualTo(manifest), "the deployment is reused");
            Assert.That(await File.ReadAllTextAsync(Path.Combine(_data, "demo-credentials.json"), cancellationToken), Is.EqualTo(credentials), "the demo is seeded once");
            Assert.That(people.Select(p => p.Country).Distinct().Count(), Is.GreaterThanOrEqualTo(3));
            Assert.That(people.Count(p => p.Role == "Customs"), Is.GreaterThanOrEqualTo(3));
            Assert.That(status, Is.EqualTo(201), "the manufacturer admitted before the restart still acts: " + Requests.Describe(body));
        });
        second.Crash();
        await Eventually.ThatAsync(() => ApiProcess.ProcessesMentioning(_data).Count == 0, TimeSpan.FromSeconds(15), "the watchdog ends Anvil after the host crashed", cancellationToken);
    }

    [Test]
    public async Task Outside_development_the_host_refuses_to_start_without_a_key_encryption_key(CancellationToken cancellationToken)
    {
        using var host = ApiProcess.Start(_data, "Production");
        await Eventually.ThatAsync(() => host.HasExited, TimeSpan.FromSeconds(60), "the host exits", cancellationToken);
        Assert.Multiple(() =>
        {
            Assert.That(host.ExitCode, Is.Not.Zero);
            Assert.That(host.Output, Does.Contain("PharmaTrace:Security:KeyEncryptionKey is not set"));
            Assert.That(ApiProcess.ProcessesMentioning(_data), Is.Empty);
        });
    }

    private static async Task WaitReadyAsync(ApiProcess host, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = host.Url, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.ThatAsync(async () =>
        {
            Assert.That(host.HasExited, Is.False, host.Output);
            try
            {
                return (await client.GetAsync("/health/ready", cancellationToken)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(120), "the host is ready", cancellationToken);
        await Eventually.ThatAsync(() => host.Output.Contains("demo-credentials.json", StringComparison.Ordinal), TimeSpan.FromSeconds(120), "the demo is seeded and its file announced", cancellationToken);
    }
}
