using PharmaTrace.Ledger.Deployment;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Indexer.Storage;

/// <summary>Which chain and deployment a read model indexes: it must never mix two.</summary>
public sealed record ChainIdentity(ulong ChainId, Hash32 GenesisHash, Address Contract, ulong DeploymentBlock)
{
    /// <summary>The identity of a deployment manifest.</summary>
    public static ChainIdentity Of(DeploymentManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return new ChainIdentity(manifest.ChainId, manifest.GenesisHash, manifest.Contracts[DeploymentManifest.PharmaLedger], manifest.DeploymentBlock);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"chain {ChainId}, genesis {GenesisHash}, PharmaLedger {Contract.ToLowerHexString()} deployed in block {DeploymentBlock}";
}
