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

    /// <summary>
    /// Checks that the contract the manifest names <paramref name="name"/> runs exactly
    /// <paramref name="expectedRuntimeCode"/> (the build's runtime bytecode; the contract has no immutables),
    /// so that a deployment of another version, whose calls and answers are encoded differently, is refused
    /// at start instead of failing call by call.
    /// </summary>
    /// <exception cref="DeploymentMismatchException">The code at that address is another.</exception>
    public static async Task VerifyCodeAsync(EthereumRpcClient client, DeploymentManifest manifest, string name, ReadOnlyMemory<byte> expectedRuntimeCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(manifest);
        if (!manifest.Contracts.TryGetValue(name, out var address))
        {
            throw new DeploymentMismatchException($"The manifest names no {name} contract.");
        }
        var code = await client.GetCodeAsync(address, BlockParameter.Latest, cancellationToken);
        if (!code.Span.SequenceEqual(expectedRuntimeCode.Span))
        {
            throw new DeploymentMismatchException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"The {name} contract at {address} is not the one this build deploys: its code ({code.Length} bytes) differs from this " +
                $"build's ({expectedRuntimeCode.Length} bytes), so the deployment is of another version."));
        }
    }
}
