using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Ledger.Deployment;

/// <summary>Deploys a contract from its Hardhat artifact through a <see cref="TransactionSender"/> and writes down where it went.</summary>
public static class ContractDeployer
{
    /// <summary>
    /// Deploys <paramref name="artifact"/> with <paramref name="constructorArguments"/> (ABI values:
    /// for PharmaLedger, <c>byte[][]</c> countries, <c>Address[]</c> regulators, <c>ulong[]</c> GLNs,
    /// <c>string[]</c> names) and returns a manifest naming it after the artifact's contract.
    /// </summary>
    /// <exception cref="TransactionRevertedException">The constructor reverts; nothing was signed.</exception>
    public static async Task<DeploymentManifest> DeployAsync(
        EthereumRpcClient client, TransactionSender sender, HardhatArtifact artifact, IReadOnlyList<object> constructorArguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(artifact);
        var data = artifact.EncodeDeployment(constructorArguments);
        var result = await sender.SendAsync(new TransactionRequest { To = null, Data = data }, cancellationToken);
        var address = result.ContractAddress
            ?? throw new RpcException("eth_getTransactionReceipt", -32603, $"The receipt of {result.TransactionHash} has no contract address.", null);
        var genesis = await client.GetBlockByNumberAsync(BlockParameter.Earliest, cancellationToken)
            ?? throw new RpcException("eth_getBlockByNumber", -32603, "The node has no genesis block.", null);
        return new DeploymentManifest
        {
            ChainId = await client.GetChainIdAsync(cancellationToken),
            GenesisHash = genesis.Hash,
            Contracts = new Dictionary<string, Address> { [artifact.ContractName] = address },
            DeploymentBlock = result.BlockNumber,
            DeploymentTransaction = result.TransactionHash,
        };
    }
}
