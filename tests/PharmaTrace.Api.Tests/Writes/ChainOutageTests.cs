using System.Collections.Concurrent;
using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Tests.Writes;

/// <summary>
/// The chain node is killed (SIGKILL, losing up to a second of blocks) in the middle of a load of
/// dispatches through the real Kestrel port, then restarted from its state file (Anvil's dump can be
/// several seconds old, so the restarted chain has lost blocks): every dispatch the API acknowledged
/// (201 or 202) ends on the chain exactly once; those refused (503 while the chain is away, 409 while
/// the restarted chain has not yet been given back its lost transactions) never do.
/// </summary>
[TestFixture]
[CancelAfter(300_000)]
public sealed class ChainOutageTests
{
    [Test]
    public async Task Every_acknowledged_dispatch_lands_exactly_once_across_a_chain_crash(CancellationToken cancellationToken)
    {
        await using var host = await ApiHost.StartAsync(cancellationToken, writeTimeBudget: "00:00:02");
        const int Packs = 400;
        var lot = await Scenario.RegisterBatchAsync(host, Packs, cancellationToken);
        var wholesaler = host.Participant("Wholesaler").Address;
        var before = await ShipmentCountAsync(host, cancellationToken);
        var statuses = new ConcurrentBag<int>();
        var retryAfterMissing = 0;
        var operations = new ConcurrentBag<string>();
        var started = 0;

        async Task WorkerAsync()
        {
            using var client = host.ClientFor("Manufacturer");
            while (Interlocked.Increment(ref started) <= 300)
            {
                var (status, body, response) = await client.PostJsonAsync("/api/v1/shipments", new { gtin = Scenario.Gtin, lot, quantity = 1, to = wholesaler }, cancellationToken);
                statuses.Add(status);
                if (status == 503 && (response.Headers.RetryAfter is null || body?["title"]?.GetValue<string>() != "Chain unavailable"))
                {
                    Interlocked.Increment(ref retryAfterMissing);
                }
                if (status is 201 or 202)
                {
                    operations.Add(body!["operation"]!["id"]!.GetValue<string>());
                }
            }
        }

        var load = Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(WorkerAsync, cancellationToken)));
        await Eventually.ThatAsync(() => statuses.Count >= 60, TimeSpan.FromSeconds(120), "60 dispatches were answered before the crash", cancellationToken);
        host.Chain.Kill();
        await Eventually.ThatAsync(() => statuses.Contains(503) || load.IsCompleted, TimeSpan.FromSeconds(60), "the API noticed the outage", cancellationToken);
        await host.RestartChainAsync(cancellationToken);
        await load;

        using var manufacturer = host.ClientFor("Manufacturer");
        foreach (var id in operations)
        {
            await Eventually.ThatAsync(async () => (await manufacturer.GetJsonAsync($"/api/v1/operations/{id}", cancellationToken)).Body?["state"]?.GetValue<string>() == "Completed",
                TimeSpan.FromSeconds(120), $"operation {id} is mined", cancellationToken);
        }
        var acknowledged = statuses.Count(s => s is 201 or 202);
        // An operation mined in a block the restarted chain lost reads Completed until the outbox monitor
        // notices the lost block and resends it: wait for the chain itself, then check nothing is doubled.
        await Eventually.ThatAsync(async () => await ShipmentCountAsync(host, cancellationToken) - before >= acknowledged,
            TimeSpan.FromSeconds(120), "every acknowledged dispatch is on the chain", cancellationToken);
        var logs = await host.Rpc.GetLogsAsync(new RpcLogFilter
        {
            Addresses = [host.Contract], FromBlock = BlockParameter.Earliest, ToBlock = BlockParameter.Latest,
            Topics = [[PharmaLedger.ShipmentDispatchedEvent.EventTopic]],
        }, cancellationToken);
        var held = PharmaLedger.DecodeHoldingOfOutput((await host.CallAsync(PharmaLedger.EncodeHoldingOf(
            Hash32.Keccak(PharmaLedger.EncodeBatchIdOf(ulong.Parse(Scenario.Gtin), lot).AsSpan(4)), Address.Parse(host.Participant("Manufacturer").Address)), cancellationToken)).Span);
        Assert.Multiple(async () =>
        {
            Assert.That(statuses, Has.Count.EqualTo(300));
            Assert.That(statuses.Where(s => s is not (201 or 202 or 409 or 503)), Is.Empty, "acknowledged or refused, never a 500");
            Assert.That(retryAfterMissing, Is.Zero, "every 503 is a 'Chain unavailable' problem with Retry-After");
            Assert.That(await ShipmentCountAsync(host, cancellationToken) - before, Is.EqualTo((System.Numerics.BigInteger)acknowledged));
            Assert.That(logs, Has.Count.EqualTo(acknowledged + (int)before));
            Assert.That(held, Is.EqualTo((ulong)(Packs - acknowledged)));
        });
    }

    private static async Task<System.Numerics.BigInteger> ShipmentCountAsync(ApiHost host, CancellationToken cancellationToken) =>
        PharmaLedger.DecodeShipmentCountOutput((await host.CallAsync(PharmaLedger.EncodeShipmentCount(), cancellationToken)).Span);
}
