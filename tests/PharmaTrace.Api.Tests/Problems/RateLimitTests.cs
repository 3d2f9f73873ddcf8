using PharmaTrace.Api.Tests.Hosting;

namespace PharmaTrace.Api.Tests.Problems;

/// <summary>Rate limiting per API key: beyond the rate, 429 problem with Retry-After; other keys are not affected.</summary>
[TestFixture]
[CancelAfter(240_000)]
public sealed class RateLimitTests
{
    [Test]
    public async Task A_key_over_its_rate_gets_429_with_retry_after_while_another_key_still_passes(CancellationToken cancellationToken)
    {
        await using var host = await ApiHost.StartAsync(cancellationToken, requestsPerSecond: 3);
        using var manufacturer = host.ClientFor("Manufacturer");
        using var regulator = host.ClientFor("Regulator", "DE");
        var statuses = new List<int>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var response = await manufacturer.GetAsync($"/api/v1/operations/{Guid.NewGuid()}", cancellationToken);
            statuses.Add((int)response.StatusCode);
            limited = response.StatusCode == System.Net.HttpStatusCode.TooManyRequests ? response : null;
        }
        var other = await regulator.GetAsync($"/api/v1/operations/{Guid.NewGuid()}", cancellationToken);
        Assert.Multiple(async () =>
        {
            Assert.That(limited, Is.Not.Null, string.Join(",", statuses));
            Assert.That(limited!.Headers.RetryAfter, Is.Not.Null);
            Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await limited.Content.ReadAsStringAsync(cancellationToken), Does.Contain("Too many requests"));
            Assert.That((int)other.StatusCode, Is.EqualTo(404));
        });
    }
}
