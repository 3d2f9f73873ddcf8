using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Signing;
using PharmaTrace.Ledger.Transactions;

namespace PharmaTrace.Ledger.Tests.Transactions;

/// <summary>One transaction for tests/peer/tx-peer.mjs: key, unsigned fields and our raw signed bytes.</summary>
/// <remarks>Amounts are decimal strings because JSON numbers lose precision past 2^53 in JavaScript.</remarks>
public sealed record PeerCase(
    string Key,
    int Type,
    string ChainId,
    ulong Nonce,
    string GasLimit,
    string? To,
    string Value,
    string Data,
    string? GasPrice,
    string? MaxPriorityFeePerGas,
    string? MaxFeePerGas,
    IReadOnlyList<PeerAccessListEntry>? AccessList,
    string Raw)
{
    internal static PeerCase From(PrivateKey key, SignedTransaction signed)
    {
        var tx = signed.Transaction;
        var legacy = tx as LegacyTransaction;
        var eip1559 = tx as Eip1559Transaction;
        return new PeerCase(
            Hex.Encode(key.ExportBytes()),
            (int)tx.Type,
            tx.ChainId.ToString(),
            tx.Nonce,
            tx.GasLimit.ToString(),
            tx.To?.ToString(),
            tx.Value.ToString(),
            Hex.Encode(tx.Data.Span),
            legacy?.GasPrice.ToString(),
            eip1559?.MaxPriorityFeePerGas.ToString(),
            eip1559?.MaxFeePerGas.ToString(),
            eip1559?.AccessList.Select(e => new PeerAccessListEntry(e.Address.ToString(), [.. e.StorageKeys.Select(k => Hex.Encode(k.Span))])).ToList(),
            Hex.Encode(signed.RawBytes.Span));
    }
}

/// <summary>An access list entry in ethers' JSON shape.</summary>
public sealed record PeerAccessListEntry(string Address, IReadOnlyList<string> StorageKeys);

/// <summary>What ethers saw and produced for one <see cref="PeerCase"/>, or the error it threw.</summary>
public sealed record PeerResult(string? ParsedFrom, string? ParsedHash, string? EthersRaw, string? EthersHash, string? EthersFrom, string? Error);
