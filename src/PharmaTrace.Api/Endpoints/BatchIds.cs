using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Api.Endpoints;

/// <summary>batchId = keccak256(abi.encode(uint64 gtin, string lot)), as the contract computes it (Batches.batchIdOf).</summary>
internal static class BatchIds
{
    public static Hash32 Of(ulong gtin, string lot) => Hash32.Keccak(PharmaLedger.EncodeBatchIdOf(gtin, lot).AsSpan(4));
}
