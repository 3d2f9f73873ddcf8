using System.Numerics;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Transactions;

public sealed class LegacyTransactionTests
{
    // Source: EIP-155, "Example". Nonce 9, gas price 20 gwei, gas 21000, to 0x3535...35,
    // value 1 ether, no data, chain id 1, signed with key 0x4646...46.
    private const string Key = "0x4646464646464646464646464646464646464646464646464646464646464646";
    private const string SigningData = "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";
    private const string SigningHash = "0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53";
    private const string SignedTx = "0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83";

    // keccak256 of SignedTx; EIP-155 does not print it, ethers 6.17.0 and geth report this value.
    private const string TxHash = "0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788";
    private const string Sender = "0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F";

    private static LegacyTransaction Eip155Example() => new()
    {
        ChainId = 1,
        Nonce = 9,
        GasPrice = 20_000_000_000,
        GasLimit = 21_000,
        To = Address.Parse("0x3535353535353535353535353535353535353535"),
        Value = BigInteger.Pow(10, 18),
    };

    [Test]
    public void The_signing_data_is_the_EIP_155_list_with_chain_id_and_two_zeros()
    {
        Assert.That(Hex.Encode(Eip155Example().GetSigningPayload()), Is.EqualTo(SigningData));
    }

    [Test]
    public void The_signing_hash_matches_EIP_155()
    {
        Assert.That(Hex.Encode(Eip155Example().GetSigningHash()), Is.EqualTo(SigningHash));
    }

    [Test]
    public void Signing_gives_the_EIP_155_signed_transaction_with_v_37()
    {
        using var key = PrivateKey.FromHex(Key);
        var signed = Eip155Example().Sign(key);
        Assert.Multiple(() =>
        {
            Assert.That(Hex.Encode(signed.RawBytes.Span), Is.EqualTo(SignedTx));
            Assert.That(Hex.Encode(signed.Hash.Span), Is.EqualTo(TxHash));
            Assert.That(signed.Sender.ToString(), Is.EqualTo(Sender));
        });
    }

    [Test]
    public void Decoding_the_EIP_155_transaction_gives_back_its_fields_and_sender()
    {
        var decoded = SignedTransaction.Decode(Hex.Decode(SignedTx));
        var transaction = (LegacyTransaction)decoded.Transaction;
        Assert.Multiple(() =>
        {
            Assert.That(transaction.ChainId, Is.EqualTo(1));
            Assert.That(transaction.Nonce, Is.EqualTo(9));
            Assert.That(transaction.GasPrice, Is.EqualTo(new BigInteger(20_000_000_000)));
            Assert.That(transaction.GasLimit, Is.EqualTo(21_000));
            Assert.That(transaction.To, Is.EqualTo(Address.Parse("0x3535353535353535353535353535353535353535")));
            Assert.That(transaction.Value, Is.EqualTo(BigInteger.Pow(10, 18)));
            Assert.That(transaction.Data.IsEmpty, Is.True);
            Assert.That(decoded.Signature.YParity, Is.Zero);
            Assert.That(decoded.Sender.ToString(), Is.EqualTo(Sender));
            Assert.That(Hex.Encode(decoded.Hash.Span), Is.EqualTo(TxHash));
        });
    }

    [Test]
    public void A_contract_creation_encodes_to_as_the_empty_string_and_decodes_to_null()
    {
        using var key = PrivateKey.FromHex(Key);
        var creation = new LegacyTransaction
        {
            ChainId = 31337, Nonce = 0, GasPrice = 1, GasLimit = 100_000, To = null, Data = new byte[] { 0x60, 0x80 },
        };
        var decoded = SignedTransaction.Decode(creation.Sign(key).RawBytes.Span);
        Assert.Multiple(() =>
        {
            // rlp([nonce 0x80, gasPrice 0x01, gas 0x830186a0, to 0x80, value 0x80, data 0x826080,
            //      chainId 0x827a69, 0x80, 0x80]): the empty `to` is the empty string.
            Assert.That(Hex.Encode(creation.GetSigningPayload()), Is.EqualTo("0xd08001830186a08080826080827a698080"));
            Assert.That(decoded.Transaction.To, Is.Null);
            Assert.That(decoded.Transaction.Data.ToArray(), Is.EqualTo(new byte[] { 0x60, 0x80 }));
            Assert.That(decoded.Sender, Is.EqualTo(key.Address));
        });
    }

    [Test]
    public void A_large_chain_id_gives_a_v_beyond_64_bits_that_round_trips()
    {
        using var key = PrivateKey.FromHex(Key);
        var transaction = new LegacyTransaction
        {
            ChainId = ulong.MaxValue, Nonce = 1, GasPrice = 1, GasLimit = 21_000, To = Address.Zero,
        };
        var decoded = SignedTransaction.Decode(transaction.Sign(key).RawBytes.Span);
        Assert.Multiple(() =>
        {
            Assert.That(decoded.Transaction.ChainId, Is.EqualTo(ulong.MaxValue));
            Assert.That(decoded.Sender, Is.EqualTo(key.Address));
        });
    }

    [Test]
    public void Chain_id_zero_and_negative_or_oversized_amounts_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new LegacyTransaction { ChainId = 0, Nonce = 0, GasPrice = 0, GasLimit = 0, To = null },
                Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new LegacyTransaction { ChainId = 1, Nonce = 0, GasPrice = -1, GasLimit = 0, To = null },
                Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => new LegacyTransaction { ChainId = 1, Nonce = 0, GasPrice = 0, GasLimit = 0, To = null, Value = BigInteger.One << 256 },
                Throws.TypeOf<ArgumentOutOfRangeException>());
        });
    }

    [Test]
    public void Data_is_copied_so_the_caller_cannot_change_a_transaction_afterwards()
    {
        var data = new byte[] { 1, 2, 3 };
        var transaction = new LegacyTransaction { ChainId = 1, Nonce = 0, GasPrice = 0, GasLimit = 0, To = null, Data = data };
        data[0] = 9;
        Assert.That(transaction.Data.Span[0], Is.EqualTo(1));
    }
}
