using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Transactions;

/// <summary>
/// Cross-checks signing against ethers v6 (node_modules/ethers) through tests/peer/tx-peer.mjs.
/// Both use RFC 6979 and EIP-2 low S, so for the same key and fields the bytes must be identical.
/// </summary>
public sealed class EthersPeerTests
{
    private const int Count = 3000;

    [Test]
    [CancelAfter(600_000)]
    public async Task Ethers_and_we_agree_byte_for_byte_on_thousands_of_random_transactions(CancellationToken cancellationToken)
    {
        // Seeded: a failure names a case that the next run reproduces.
        var random = new Random(20_260_155);
        var keyBytes = new byte[PrivateKey.Size];
        var signedTransactions = new List<SignedTransaction>(Count);
        var cases = new List<PeerCase>(Count);
        while (cases.Count < Count)
        {
            random.NextBytes(keyBytes);
            using var key = PrivateKey.FromBytes(keyBytes);
            var signed = RandomTransactions.Create(random).Sign(key);
            signedTransactions.Add(signed);
            cases.Add(PeerCase.From(key, signed));
        }

        var results = await NodePeer.RunAsync<List<PeerCase>, List<PeerResult>>(
            "tests/peer/tx-peer.mjs", cases, TimeSpan.FromMinutes(5), cancellationToken);

        Assert.That(results, Has.Count.EqualTo(Count));
        var mismatches = new List<string>();
        for (var i = 0; i < Count; i++)
        {
            mismatches.AddRange(Compare(i, signedTransactions[i], results[i]));
        }
        Assert.That(mismatches, Is.Empty, $"{mismatches.Count} disagreements; the first: {string.Join("\n", mismatches.Take(5))}");
    }

    private static IEnumerable<string> Compare(int index, SignedTransaction ours, PeerResult theirs)
    {
        var label = $"case {index} ({ours.Transaction.Type})";
        if (theirs.Error is not null)
        {
            // ethers quotes the whole transaction in its errors; the start names the rule.
            yield return $"{label}: ethers threw: {theirs.Error[..Math.Min(theirs.Error.Length, 200)]}";
            yield break;
        }
        var ourRaw = Hex.Encode(ours.RawBytes.Span);
        var ourHash = Hex.Encode(ours.Hash.Span);
        var ourSender = ours.Sender.ToString();

        // Our bytes, read by ethers.
        if (theirs.ParsedFrom != ourSender)
        {
            yield return $"{label}: ethers recovered sender {theirs.ParsedFrom} from our bytes, we signed as {ourSender}";
        }
        if (theirs.ParsedHash != ourHash)
        {
            yield return $"{label}: ethers hashes our bytes to {theirs.ParsedHash}, we to {ourHash}";
        }
        if (theirs.EthersFrom != ourSender)
        {
            yield return $"{label}: ethers derives address {theirs.EthersFrom} from the key, we {ourSender}";
        }

        // Ethers' bytes for the same fields and key, and read by us.
        if (theirs.EthersRaw != ourRaw)
        {
            yield return $"{label}: signed bytes differ\n  ours:   {ourRaw}\n  ethers: {theirs.EthersRaw}";
            yield break;
        }
        if (theirs.EthersHash != ourHash)
        {
            yield return $"{label}: ethers' hash {theirs.EthersHash} differs from ours {ourHash}";
        }
        var decoded = SignedTransaction.Decode(Hex.Decode(theirs.EthersRaw!));
        if (decoded.Sender != ours.Sender || Hex.Encode(decoded.Transaction.Encode(decoded.Signature)) != ourRaw)
        {
            yield return $"{label}: decoding ethers' bytes gives sender {decoded.Sender} or a different re-encoding";
        }
    }
}
