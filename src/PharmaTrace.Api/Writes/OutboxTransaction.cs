using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Writes;

/// <summary>A signed transaction in the outbox: only these exact bytes are ever broadcast for this nonce.</summary>
internal sealed record OutboxTransaction(Hash32 Hash, Address Signer, ulong Nonce, byte[] Raw)
{
    /// <summary>When it was last handed to the node; the monitor rebroadcasts it when no receipt follows.</summary>
    public DateTimeOffset LastBroadcast { get; set; } = DateTimeOffset.MinValue;
}
