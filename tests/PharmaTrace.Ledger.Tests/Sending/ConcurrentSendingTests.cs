using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Tests.Chain;

namespace PharmaTrace.Ledger.Tests.Sending;

public sealed class ConcurrentSendingTests : SenderTestBase
{
    private const int Sends = 1_000;

    [Test]
    public async Task A_thousand_concurrent_sends_from_one_key_are_mined_with_nonces_without_gap_or_duplicate()
    {
        var sender = CreateSender(AnvilAccounts.Key0);

        var results = await Task.WhenAll(Enumerable.Range(0, Sends).Select(i => Task.Run(() => sender.SendAsync(
            new TransactionRequest { To = Recipient(i), Value = 1 }, Token))));

        Assert.Multiple(async () =>
        {
            Assert.That(results.Select(r => r.Nonce).Order(), Is.EqualTo(Enumerable.Range(0, Sends).Select(i => (ulong)i)));
            Assert.That(results.Select(r => r.TransactionHash).Distinct().Count(), Is.EqualTo(Sends));
            Assert.That(await Client.GetTransactionCountAsync(AnvilAccounts.Account0, BlockParameter.Latest, Token), Is.EqualTo((ulong)Sends));
            Assert.That(sender.PendingCount, Is.Zero);
        });
    }

    /// <summary>A distinct fresh account per send, so each send's effect can be counted.</summary>
    internal static Address Recipient(int i)
    {
        var bytes = new byte[Address.Size];
        bytes[0] = 0xee;
        BitConverter.TryWriteBytes(bytes.AsSpan(16), i);
        return new Address(bytes);
    }
}
