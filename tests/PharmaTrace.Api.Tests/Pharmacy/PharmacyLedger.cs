using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PharmaTrace.Api.Pharmacy.Index;
using PharmaTrace.Api.Pharmacy.Verification;
using PharmaTrace.Indexer.Following;
using PharmaTrace.Indexer.Merkle;
using PharmaTrace.Indexer.Projection.Domain;
using PharmaTrace.Indexer.Storage;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;
using PharmaTrace.Ledger.Signing;

namespace PharmaTrace.Api.Tests.Pharmacy;

/// <summary>
/// A real chain and a real read model for pharmacy tests: Anvil with the contracts deployed (DE, regulator
/// = account 0), a manufacturer (key 1) and a pharmacy (key 2) admitted (addresses taken from the keys:
/// AnvilAccounts.Account2 is not the address of AnvilAccounts.Key2); the indexer's own
/// follower and projection writing a SQLite file; and the pack index fed from that file.
/// </summary>
public sealed class PharmacyLedger : IAsyncDisposable
{
    public static readonly ulong Gtin = LedgerFixture.Gs1Key(950600013435, 14);
    public static readonly ulong OtherGtin = LedgerFixture.Gs1Key(950600099999, 14);

    private readonly List<IAsyncDisposable> _disposables = [];
    private readonly List<PrivateKey> _keys = [];
    private readonly HttpClient _http = new();
    private string _directory = null!;
    private LedgerFollower _follower = null!;

    public AnvilNode Node { get; private set; } = null!;
    public EthereumRpcClient Client { get; private set; } = null!;
    public DeploymentManifest Manifest { get; private set; } = null!;
    public Address Contract => Manifest.Contracts[DeploymentManifest.PharmaLedger];
    public TransactionSender Regulator { get; private set; } = null!;
    public TransactionSender Manufacturer { get; private set; } = null!;
    public TransactionSender Pharmacy { get; private set; } = null!;
    public ReadModelDatabase ReadModel { get; private set; } = null!;
    public PackIndex Index { get; } = new();
    public ReadModelPackFeed Feed { get; private set; } = null!;
    public string ReadModelConnectionString => $"Data Source={Path.Combine(_directory, "readmodel.db")}";

    public static async Task<PharmacyLedger> StartAsync(CancellationToken cancellationToken)
    {
        var ledger = new PharmacyLedger();
        await ledger.InitialiseAsync(cancellationToken);
        return ledger;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        _directory = Directory.CreateTempSubdirectory("pharmacy-").FullName;
        Node = await AnvilNode.StartAsync(new AnvilNodeOptions(), cancellationToken);
        Client = new EthereumRpcClient(_http, new JsonRpcClientOptions { Endpoint = Node.Url });
        Regulator = CreateSender(AnvilAccounts.Key0);
        Manufacturer = CreateSender(AnvilAccounts.Key1);
        Pharmacy = CreateSender(AnvilAccounts.Key2);
        // AnvilAccounts.Key2 does not sign for a funded account (it derives 0x5274...): fund it.
        await Client.Rpc.SendAsync<object?>("anvil_setBalance", [Pharmacy.Address.ToLowerHexString(), "0x56BC75E2D63100000"], cancellationToken);
        Manifest = await LedgerFixture.DeployAsync(Client, Regulator, cancellationToken);
        await SendAsync(Regulator, PharmaLedger.EncodeAdmitParticipant(Manufacturer.Address, PharmaLedger.Role.Manufacturer, LedgerFixture.Gs1Key(401234500001, 13), "Pharma GmbH"), cancellationToken);
        await SendAsync(Regulator, PharmaLedger.EncodeAdmitParticipant(Pharmacy.Address, PharmaLedger.Role.Pharmacy, LedgerFixture.Gs1Key(401234500002, 13), "Apotheke am Markt"), cancellationToken);

        ReadModel = new ReadModelDatabase(new ReadModelOptions(PharmaTrace.Indexer.Projection.SqlDialect.Sqlite, ReadModelConnectionString));
        _disposables.Add(ReadModel);
        var store = new IndexerStore(ReadModel, [new DomainProjection()]);
        var status = new IndexerStatus();
        var metrics = new IndexerMetrics(status);
        _follower = new LedgerFollower(Client, Manifest, store, new IndexerOptions(), status, metrics, NullLogger.Instance);
        await _follower.OpenAsync(cancellationToken);
        Feed = new ReadModelPackFeed(ReadModel, Index, NullLogger<ReadModelPackFeed>.Instance);
    }

    /// <summary>Indexes the chain up to its head, then brings the pack index level with the read model.</summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        while (await _follower.StepAsync(cancellationToken))
        {
        }

        await Feed.CatchUpAsync(cancellationToken);
    }

    public async Task<TransactionResult> SendAsync(TransactionSender sender, byte[] data, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(new TransactionRequest { To = Manifest?.Contracts[DeploymentManifest.PharmaLedger], Data = data }, cancellationToken);
        Assert.That(result.Status, Is.EqualTo(1UL), "the transaction must succeed");
        return result;
    }

    /// <summary>Registers a batch of <paramref name="serials"/> (one transaction) and ships <paramref name="toPharmacy"/> packs to the pharmacy, who receives them.</summary>
    public async Task<Hash32> RegisterAndSupplyAsync(ulong gtin, string lot, uint expiry, IReadOnlyList<string> serials, ulong toPharmacy, CancellationToken cancellationToken, Hash32? root = null)
    {
        var hashes = serials.Select(s => Hash32.Keccak(Encoding.UTF8.GetBytes(s))).ToArray();
        await SendAsync(Manufacturer, PharmaLedger.EncodeRegisterBatch(gtin, lot, expiry, (uint)hashes.Length, root ?? PackMerkleTree.Build(hashes).Root, hashes), cancellationToken);
        var batchId = BatchId(gtin, lot);
        if (toPharmacy > 0)
        {
            var dispatch = await SendAsync(Manufacturer, PharmaLedger.EncodeDispatch(batchId, Pharmacy.Address, toPharmacy, 0), cancellationToken);
            var shipmentId = dispatch.Logs.Select(l => PharmaLedger.TryDecodeEvent(l.Topics, l.Data.Span, out var e) ? e : null)
                .OfType<PharmaLedger.ShipmentDispatchedEvent>().Single().ShipmentId;
            await SendAsync(Pharmacy, PharmaLedger.EncodeReceiveShipment(shipmentId), cancellationToken);
        }

        return batchId;
    }

    /// <summary>batchId = keccak256(abi.encode(uint64 gtin, string lot)).</summary>
    public static Hash32 BatchId(ulong gtin, string lot)
    {
        var encoded = PharmaTrace.Ledger.Abi.AbiEncoder.Encode(
            [PharmaTrace.Ledger.Abi.AbiType.Parse("uint64"), PharmaTrace.Ledger.Abi.AbiType.Parse("string")], [gtin, lot]);
        return Hash32.Keccak(encoded);
    }

    /// <summary>The ledger's proof of a pack from the proof a verification returned.</summary>
    public static PharmaLedger.PackProof ToPackProof(PackProofSummary proof) =>
        new(Hash32.Parse(proof.BatchId), proof.Index, Hash32.Parse(proof.SerialHash), [.. proof.Proof.Select(Hash32.Parse)]);

    /// <summary>The verifier as a caller would reach it, at <paramref name="clock"/>'s time.</summary>
    public PackVerifier Verifier(TimeProvider? clock = null) => new(Index, clock ?? TimeProvider.System);

    private TransactionSender CreateSender(string key)
    {
        var privateKey = PrivateKey.FromHex(key);
        _keys.Add(privateKey);
        var sender = new TransactionSender(Client, privateKey, new TransactionSenderOptions { PollingInterval = TimeSpan.FromMilliseconds(25) });
        _disposables.Add(sender);
        return sender;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var disposable in _disposables)
        {
            await disposable.DisposeAsync();
        }

        foreach (var key in _keys)
        {
            key.Dispose();
        }

        Index.Dispose();
        _http.Dispose();
        Node?.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite's pool may hold the file a moment longer; the temp directory is cleaned by the OS.
        }
    }
}
