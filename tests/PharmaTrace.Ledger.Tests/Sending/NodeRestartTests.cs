using System.Diagnostics;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Sending;

/// <summary>
/// The node is killed (SIGKILL) with transactions in its pool and sends still arriving, and
/// restarted empty: Anvil without a state file loses its pool, so only the sender's kept raw bytes
/// can bring the accepted sends back. Mining is off until the restart, so nothing accepted was
/// mined on the lost chain and every accepted send must be mined exactly once on the new one.
/// </summary>
public sealed class NodeRestartTests : SenderTestBase
{
    private const int Sends = 150;

    protected override AnvilNodeOptions NodeOptions => new() { ExtraArguments = ["--no-mining"] };

    [Test]
    public async Task Every_accepted_send_is_mined_exactly_once_after_the_node_is_killed_and_restarted()
    {
        var sender = CreateSender(AnvilAccounts.Key0);
        // Warm up nonce and fees, so sends during the outage need no node before signing.
        var first = await sender.SubmitAsync(Transfer(0), Token);
        var accepted = new List<PendingTransaction> { first };
        var killed = false;
        for (var i = 1; i < Sends; i++)
        {
            if (i == Sends / 2)
            {
                Node.Kill();
                killed = true;
            }
            try
            {
                accepted.Add(await sender.SubmitAsync(Transfer(i), Token));
            }
            catch (ChainUnavailableException) when (killed)
            {
                // Not accepted: nothing was signed, and it must not appear on chain.
            }
        }
        await Node.RestartAsync(Token);

        var all = Task.WhenAll(accepted.Select(p => p.WaitAsync(Token)));
        var clock = Stopwatch.StartNew();
        while (!all.IsCompleted && clock.Elapsed < TimeSpan.FromSeconds(40))
        {
            // Mining is manual on this node: mine whatever the sender has rebroadcast so far.
            await Client.Rpc.SendAsync<string>("evm_mine", [], Token);
            await Task.WhenAny(all, Task.Delay(50, Token));
        }
        var results = await all;

        Assert.Multiple(async () =>
        {
            Assert.That(accepted, Has.Count.GreaterThanOrEqualTo(Sends / 2));
            Assert.That(results.Select(r => r.Nonce).Order(), Is.EqualTo(Enumerable.Range(0, accepted.Count).Select(i => (ulong)i)));
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account0, BlockParameter.Latest, Token), Is.EqualTo((ulong)accepted.Count));
            var paid = System.Numerics.BigInteger.Zero;
            for (var i = 0; i < Sends; i++)
            {
                var balance = await Client.GetBalanceAsync(ConcurrentSendingTests.Recipient(i), BlockParameter.Latest, Token);
                Assert.That(balance, Is.LessThanOrEqualTo(new System.Numerics.BigInteger(1)), $"recipient {i} was paid twice");
                paid += balance;
            }
            Assert.That(paid, Is.EqualTo(new System.Numerics.BigInteger(accepted.Count)), "every accepted send mined exactly once, no other");
        });
    }

    private static TransactionRequest Transfer(int i) =>
        new() { To = ConcurrentSendingTests.Recipient(i), Value = 1, GasLimit = 21_000 };
}
