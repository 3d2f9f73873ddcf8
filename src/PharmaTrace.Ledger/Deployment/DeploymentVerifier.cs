using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Ledger.Deployment;

/// <summary>
/// Refuses a manifest that belongs to another chain: reading logs or sending to an address on the
/// wrong chain fails silently (no code answers every call with empty data), so this runs first.
/// </summary>
public static class DeploymentVerifier
{
    /// <summary>Checks chain id, genesis hash and that every contract has code.</summary>
    /// <exception cref="DeploymentMismatchException">The manifest does not match the node's chain.</exception>
    public static async Task VerifyAsync(EthereumRpcClient client, DeploymentManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(manifest);
        var chainId = await client.GetChainIdAsync(cancellationToken);
        if (chainId != manifest.ChainId)
        {
            throw new DeploymentMismatchException($"The manifest is for chain id {manifest.ChainId}, but the node serves chain id {chainId}.");
        }
        var genesis = await client.GetBlockByNumberAsync(BlockParameter.Earliest, cancellationToken)
            ?? throw new DeploymentMismatchException("The node has no genesis block.");
        if (genesis.Hash != manifest.GenesisHash)
        {
            throw new DeploymentMismatchException($"The manifest is for genesis {manifest.GenesisHash}, but the node's genesis is {genesis.Hash}: another chain with the same id.");
        }
        foreach (var (name, address) in manifest.Contracts)
        {
            var code = await client.GetCodeAsync(address, BlockParameter.Latest, cancellationToken);
            if (code.IsEmpty)
            {
                throw new DeploymentMismatchException($"The manifest puts {name} at {address}, but there is no code there.");
            }
        }
    }
}
