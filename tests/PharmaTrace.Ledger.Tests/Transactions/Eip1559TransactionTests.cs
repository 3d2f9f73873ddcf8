using System.Numerics;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Transactions;

public sealed class Eip1559TransactionTests
{
    // Source: Hardhat/Anvil account #0. The expected bytes below were produced by ethers 6.17.0
    // (Wallet.signTransaction) for the same fields; the peer test checks thousands more.
    private const string HardhatKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
    private static readonly Address Contract = Address.Parse("0x5FbDB2315678afecb367f032d93F642f64180aa3");

    private const string TransferUnsignedHash = "0xd3097babd3350c13dc057bb7ab9a4e03b6c3e4a87e40f3b0b7c46740fa121de6";
    private const string TransferRaw = "0x02f8ab827a6907843b9aca008506fc23ac00830186a0945fbdb2315678afecb367f032d93f642f64180aa38084a9059cbbf838f7945fbdb2315678afecb367f032d93f642f64180aa3e1a0000000000000000000000000000000000000000000000000000000000000000101a0d6eab21b6308de87f19691f30a84179e434c6ead1acb509f25d25a88b461c6b3a03c7eaf2fbb6327866a147a84e5cbb7a8e540446bed03ff4cf9e92c7b23ddf49d";
    private const string TransferHash = "0x5bbf786f22b63d1bb1e62275943502a66c45df2428358e24dbe0ff15862dd11d";
    private const string CreationRaw = "0x02f852827a6980808082cf088080826080c080a064f754842b2b0a2d0d82a8833e525e0fe310d55b733ea1b9bed3d5f937fb2a6da0451303c160c745e1ee8a989a752d1e338303fff464f773f112dab274c4e91e8e";

    private static Eip1559Transaction Transfer() => new()
    {
        ChainId = 31337,
        Nonce = 7,
        MaxPriorityFeePerGas = 1_000_000_000,
        MaxFeePerGas = 30_000_000_000,
        GasLimit = 100_000,
        To = Contract,
        Data = Hex.Decode("0xa9059cbb"),
        AccessList = [new AccessListEntry(Contract, [Hex.Decode("0x" + new string('0', 63) + "1")])],
    };

    [Test]
    public void The_signing_payload_is_type_2_followed_by_the_rlp_list()
    {
        var transaction = Transfer();
        Assert.Multiple(() =>
        {
            Assert.That(transaction.GetSigningPayload()[0], Is.EqualTo(0x02));
            Assert.That(Hex.Encode(transaction.GetSigningHash()), Is.EqualTo(TransferUnsignedHash));
        });
    }

    [Test]
    public void Signing_matches_ethers_byte_for_byte_with_an_access_list()
    {
        using var key = PrivateKey.FromHex(HardhatKey0);
        var signed = Transfer().Sign(key);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(signed.RawBytes.Span), Is.EqualTo(TransferRaw));
            Assert.That(Hex.Encode(signed.Hash.Span), Is.EqualTo(TransferHash));
        });
    }

    [Test]
    public void A_contract_creation_signs_with_an_empty_to()
    {
        using var key = PrivateKey.FromHex(HardhatKey0);
        var creation = new Eip1559Transaction
        {
            ChainId = 31337, Nonce = 0, MaxPriorityFeePerGas = 0, MaxFeePerGas = 0, GasLimit = 53_000, To = null, Data = new byte[] { 0x60, 0x80 },
        };
        Assert.That(Hex.Encode(creation.Sign(key).RawBytes.Span), Is.EqualTo(CreationRaw));
    }

    [Test]
    public void Decoding_gives_back_every_field_and_the_sender()
    {
        var decoded = SignedTransaction.Decode(Hex.Decode(TransferRaw));
        var transaction = (Eip1559Transaction)decoded.Transaction;
        Assert.Multiple(() =>
        {
            Assert.That(transaction.ChainId, Is.EqualTo(31337));
            Assert.That(transaction.Nonce, Is.EqualTo(7));
            Assert.That(transaction.MaxPriorityFeePerGas, Is.EqualTo(new BigInteger(1_000_000_000)));
            Assert.That(transaction.MaxFeePerGas, Is.EqualTo(new BigInteger(30_000_000_000)));
            Assert.That(transaction.GasLimit, Is.EqualTo(100_000));
            Assert.That(transaction.To, Is.EqualTo(Contract));
            Assert.That(transaction.Value, Is.EqualTo(BigInteger.Zero));
            Assert.That(Hex.Encode(transaction.Data.Span), Is.EqualTo("0xa9059cbb"));
            Assert.That(transaction.AccessList, Has.Count.EqualTo(1));
            Assert.That(transaction.AccessList[0].Address, Is.EqualTo(Contract));
            Assert.That(transaction.AccessList[0].StorageKeys[0].Span[31], Is.EqualTo(1));
            Assert.That(decoded.Sender.ToString(), Is.EqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
            Assert.That(Hex.Encode(decoded.Hash.Span), Is.EqualTo(TransferHash));
        });
    }

    [Test]
    public void A_tip_above_the_fee_cap_is_never_signed()
    {
        // EIP-1559: assert max_fee_per_gas >= max_priority_fee_per_gas, so no block could include it.
        using var key = PrivateKey.FromHex(HardhatKey0);
        var invalid = new Eip1559Transaction
        {
            ChainId = 1, Nonce = 0, MaxPriorityFeePerGas = 2, MaxFeePerGas = 1, GasLimit = 21_000, To = Contract,
        };
        Assert.That(() => invalid.Sign(key), Throws.InvalidOperationException.With.Message.Contains("EIP-1559"));
    }

    [Test]
    public void A_storage_key_must_be_32_bytes()
    {
        Assert.That(() => new AccessListEntry(Contract, [new byte[31]]), Throws.ArgumentException);
    }
}
