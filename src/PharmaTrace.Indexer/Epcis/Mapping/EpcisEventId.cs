using System.Security.Cryptography;
using System.Text;
using PharmaTrace.Indexer.Projection;

namespace PharmaTrace.Indexer.Epcis.Mapping;

/// <summary>
/// The <c>eventID</c> of a ledger event: a name-based UUID (RFC 9562 §5.8, version 8 from SHA-256) of chain id,
/// contract, transaction hash and log index. A replay of the chain therefore yields the same IDs, and two chains
/// or deployments never share one.
/// </summary>
public static class EpcisEventId
{
    public static string For(EpcisChain chain, LedgerEventContext context)
    {
        var name = $"{chain.ChainId}/{chain.ContractText}/{context.TransactionHash}/{context.LogIndex}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant 10xx
        return "urn:uuid:" + new Guid(bytes, bigEndian: true).ToString("D");
    }
}
