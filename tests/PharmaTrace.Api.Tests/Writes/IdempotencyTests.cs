using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Tests.Writes;

/// <summary>Idempotency-Key: a retry gets the first answer and writes nothing; a reused key with another body is refused.</summary>
[TestFixture]
[CancelAfter(240_000)]
public sealed class IdempotencyTests : SharedApiHostTests
{
    [Test]
    public async Task A_retried_dispatch_returns_the_first_answer_and_ships_once(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 10, cancellationToken);
        using var manufacturer = Host.ClientFor("Manufacturer");
        var request = new { gtin = Scenario.Gtin, lot, quantity = 2, to = Host.Participant("Wholesaler").Address };
        var key = Guid.NewGuid().ToString();
        var before = await ShipmentCountAsync(cancellationToken);

        var (first, firstBody, _) = await manufacturer.PostJsonAsync("/api/v1/shipments", request, cancellationToken, key);
        var (second, secondBody, secondResponse) = await manufacturer.PostJsonAsync("/api/v1/shipments", request, cancellationToken, key);

        Assert.Multiple(async () =>
        {
            Assert.That(first, Is.EqualTo(201), Requests.Describe(firstBody));
            Assert.That(second, Is.EqualTo(first));
            Assert.That(Requests.Describe(secondBody), Is.EqualTo(Requests.Describe(firstBody)));
            Assert.That(secondResponse.Headers.GetValues("Idempotent-Replayed"), Does.Contain("true"));
            Assert.That(await ShipmentCountAsync(cancellationToken), Is.EqualTo(before + 1));
        });
    }

    [Test]
    public async Task A_retried_request_the_contract_refused_gets_the_stored_409_again(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 10, cancellationToken);
        using var manufacturer = Host.ClientFor("Manufacturer");
        var request = new { gtin = Scenario.Gtin, lot, quantity = 11, to = Host.Participant("Wholesaler").Address };
        var key = Guid.NewGuid().ToString();

        var (first, firstBody, firstResponse) = await manufacturer.PostJsonAsync("/api/v1/shipments", request, cancellationToken, key);
        var (second, secondBody, secondResponse) = await manufacturer.PostJsonAsync("/api/v1/shipments", request, cancellationToken, key);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(409), Requests.Describe(firstBody));
            Assert.That(firstBody!["error"]!.GetValue<string>(), Is.EqualTo("CustodyInsufficientQuantity"));
            Assert.That(firstResponse.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(second, Is.EqualTo(409));
            Assert.That(Requests.Describe(secondBody), Is.EqualTo(Requests.Describe(firstBody)));
            Assert.That(secondResponse.Headers.GetValues("Idempotent-Replayed"), Does.Contain("true"), "the 409 was stored, not produced a second time");
        });
    }

    [Test]
    public async Task The_same_key_with_a_different_body_is_refused_with_422(CancellationToken cancellationToken)
    {
        var lot = await Scenario.RegisterBatchAsync(Host, 10, cancellationToken);
        using var manufacturer = Host.ClientFor("Manufacturer");
        var key = Guid.NewGuid().ToString();
        var to = Host.Participant("Wholesaler").Address;
        var (first, firstBody, _) = await manufacturer.PostJsonAsync("/api/v1/shipments", new { gtin = Scenario.Gtin, lot, quantity = 1, to }, cancellationToken, key);
        var (second, secondBody, _) = await manufacturer.PostJsonAsync("/api/v1/shipments", new { gtin = Scenario.Gtin, lot, quantity = 3, to }, cancellationToken, key);
        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(201), Requests.Describe(firstBody));
            Assert.That(second, Is.EqualTo(422), Requests.Describe(secondBody));
            Assert.That(secondBody!["detail"]!.GetValue<string>(), Does.Contain("different request"));
        });
    }

    [Test]
    public async Task Keys_are_per_participant_so_two_participants_may_use_the_same_key(CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString();
        using var de = Host.ClientFor("Regulator", "DE");
        using var fr = Host.ClientFor("Regulator", "FR");
        var lot = await Scenario.RegisterBatchAsync(Host, 1, cancellationToken);
        var (a, aBody, _) = await de.PostJsonAsync($"/api/v1/batches/{Scenario.Gtin}/{lot}/quarantine", new { reason = "x" }, cancellationToken, key);
        var (b, bBody, _) = await fr.PostJsonAsync($"/api/v1/batches/{Scenario.Gtin}/{lot}/quarantine", new { reason = "x" }, cancellationToken, key);
        Assert.Multiple(() =>
        {
            Assert.That(a, Is.EqualTo(201), Requests.Describe(aBody));
            Assert.That(b, Is.EqualTo(201), Requests.Describe(bBody));
        });
    }

    private async Task<System.Numerics.BigInteger> ShipmentCountAsync(CancellationToken cancellationToken) =>
        PharmaLedger.DecodeShipmentCountOutput((await Host.CallAsync(PharmaLedger.EncodeShipmentCount(), cancellationToken)).Span);
}
