using System.Collections.Concurrent;
using PharmaTrace.Api.Tests.Hosting;
using PharmaTrace.Ledger.Contracts;

namespace PharmaTrace.Api.Tests.Writes;

/// <summary>
/// A node without <c>eth_sendRawTransactionSync</c> (EIP-7966), as Besu is: the first send finds the
/// method missing, and from then on transactions are sent plainly and followed by the receipt poll.
/// </summary>
[TestFixture]
[CancelAfter(300_000)]
public sealed class NodeWithoutSyncSendTests
{
    [Test]
    public async Task Writes_go_by_plain_send_and_are_each_mined_once(CancellationToken cancellationToken)
    {
        await using var host = await ApiHost.StartAsync(cancellationToken, refusedMethods: ["eth_sendRawTransactionSync"]);
        var lot = await Scenario.RegisterBatchAsync(host, 40, cancellationToken);
        var wholesaler = host.Participant("Wholesaler").Address;
        var before = PharmaLedger.DecodeShipmentCountOutput((await host.CallAsync(PharmaLedger.EncodeShipmentCount(), cancellationToken)).Span);
        var statuses = new ConcurrentBag<(int Status, string State)>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var client = host.ClientFor("Manufacturer");
            for (var i = 0; i < 5; i++)
            {
                var (status, body, _) = await client.PostJsonAsync("/api/v1/shipments", new { gtin = Scenario.Gtin, lot, quantity = 1, to = wholesaler }, cancellationToken);
                statuses.Add((status, Scenario.OperationState(body)));
            }
        }, cancellationToken)));

        var after = PharmaLedger.DecodeShipmentCountOutput((await host.CallAsync(PharmaLedger.EncodeShipmentCount(), cancellationToken)).Span);
        Assert.Multiple(() =>
        {
            Assert.That(statuses.Select(s => s.Status), Is.All.EqualTo(201), "mined within the request's time budget");
            Assert.That(statuses.Select(s => s.State), Is.All.EqualTo("Completed"));
            Assert.That(after - before, Is.EqualTo((System.Numerics.BigInteger)20));
            Assert.That(host.Proxy!.Refused, Is.EqualTo(1), "one refusal, then plain sends only");
        });
    }
}
