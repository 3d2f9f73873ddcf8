using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Ledger.Tests.Chain;

/// <summary>
/// The same ledger scenario on both dev nodes the project supports, Anvil and the Hardhat node:
/// deploy from the artifact, send, call, decode every event of the receipts and a custom error.
/// Nothing in the client may depend on one node's quirks.
/// </summary>
[TestFixture("anvil")]
[TestFixture("hardhat")]
[CancelAfter(120_000)]
public sealed class BothNodesTests(string nodeName)
{
    private AnvilNode _node = null!;
    private HttpClient _http = null!;
    private EthereumRpcClient _client = null!;
    private readonly List<IAsyncDisposable> _senders = [];

    private static CancellationToken Token => TestContext.CurrentContext.CancellationToken;

    [OneTimeSetUp]
    public async Task StartNodeAsync()
    {
        _node = nodeName == "hardhat"
            ? await AnvilNode.StartHardhatAsync(CancellationToken.None)
            : await AnvilNode.StartAsync(null, CancellationToken.None);
        _http = new HttpClient();
        _client = new EthereumRpcClient(_http, TestChain.FastOptions with { Endpoint = _node.Url });
    }

    [OneTimeTearDown]
    public async Task StopNodeAsync()
    {
        foreach (var sender in _senders)
        {
            await sender.DisposeAsync();
        }
        _http.Dispose();
        _node.Dispose();
    }

    [Test]
    public async Task Deploy_register_dispatch_and_refusal_decode_identically()
    {
        Assert.That(await _client.GetChainIdAsync(Token), Is.EqualTo(AnvilAccounts.ChainId));
        var regulator = Sender(AnvilAccounts.Key0);
        var manifest = await LedgerFixture.DeployAsync(_client, regulator, Token);
        var ledger = manifest.Contracts["PharmaLedger"];

        var makerGln = LedgerFixture.Gs1Key(401234500011, 13);
        var wholesalerGln = LedgerFixture.Gs1Key(401234500012, 13);
        var admitted = await regulator.SendAsync(Call(ledger, PharmaLedger.EncodeAdmitParticipant(AnvilAccounts.Account1, PharmaLedger.Role.Manufacturer, makerGln, "Acme")), Token);
        await regulator.SendAsync(Call(ledger, PharmaLedger.EncodeAdmitParticipant(AnvilAccounts.Account2, PharmaLedger.Role.Wholesaler, wholesalerGln, "Grosso")), Token);

        var gtin = LedgerFixture.Gs1Key(401234500000, 14);
        Hash32[] serials = [Hash32.Keccak("S1"u8), Hash32.Keccak("S2"u8)];
        var maker = Sender(AnvilAccounts.Key1);
        var registered = await maker.SendAsync(Call(ledger, PharmaLedger.EncodeRegisterBatch(gtin, "L1", 20991231u, 2u, Hash32.Keccak("root"u8), serials)), Token);
        var batchId = PharmaLedger.DecodeBatchIdOfOutput((await _client.CallAsync(
            new RpcCallRequest { To = ledger, Data = PharmaLedger.EncodeBatchIdOf(gtin, "L1") }, BlockParameter.Latest, Token)).Span);
        var dispatched = await maker.SendAsync(Call(ledger, PharmaLedger.EncodeDispatch(batchId, AnvilAccounts.Account2, 1, 0)), Token);

        var events = Decode(admitted).Concat(Decode(registered)).Concat(Decode(dispatched)).ToList();
        Assert.That(events, Is.EqualTo(new object[]
        {
            new PharmaLedger.ParticipantAdmittedEvent(AnvilAccounts.Account1, "DE"u8.ToArray(), PharmaLedger.Role.Manufacturer, makerGln, "Acme", AnvilAccounts.Account0),
            new PharmaLedger.BatchRegisteredEvent(batchId, gtin, AnvilAccounts.Account1, "L1", 20991231u, 2u, Hash32.Keccak("root"u8), "DE"u8.ToArray()),
            new PharmaLedger.BatchLeavesPublishedEvent(batchId, 0, serials),
            new PharmaLedger.BatchCompletedEvent(batchId, 2),
            new PharmaLedger.ShipmentDispatchedEvent(1, batchId, AnvilAccounts.Account1, AnvilAccounts.Account2, "DE"u8.ToArray(), "DE"u8.ToArray(), 1, 0),
        }));

        var refused = Assert.ThrowsAsync<TransactionRevertedException>(() =>
            maker.SendAsync(Call(ledger, PharmaLedger.EncodeDispatch(batchId, AnvilAccounts.Account2, 5, 0)), Token));
        Assert.That(refused!.Error?.Name, Is.EqualTo("CustodyInsufficientQuantity"));
        Assert.That(refused.Error!.Arguments.Select(a => a.Value), Is.EqualTo(new object[] { batchId, AnvilAccounts.Account1, 1UL, 5UL }));
    }

    private static TransactionRequest Call(Address to, byte[] data) => new() { To = to, Data = data };

    private static IEnumerable<object> Decode(TransactionResult result) =>
        result.Logs.Select(log => PharmaLedger.TryDecodeEvent(log.Topics, log.Data.Span, out var evt)
            ? evt
            : throw new AssertionException($"Undecodable log with topic {log.Topics[0]}"));

    private TransactionSender Sender(string key)
    {
        var sender = new TransactionSender(_client, PrivateKey.FromHex(key), new TransactionSenderOptions
        {
            PollingInterval = TimeSpan.FromMilliseconds(25),
            FeeCacheDuration = TimeSpan.FromMinutes(5),
        });
        _senders.Add(sender);
        return sender;
    }
}
