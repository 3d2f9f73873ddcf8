using System.Numerics;
using PharmaTrace.Ledger.Primitives;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The Ethereum JSON-RPC methods PharmaTrace uses (execution-apis, <c>eth_</c> namespace), typed:
/// quantities as <see cref="ulong"/> or <see cref="BigInteger"/>, data as bytes, hashes as
/// <see cref="Hash32"/>, accounts as <see cref="Address"/>. Errors and retries are those of
/// <see cref="JsonRpcClient"/>; anything not covered here goes through <see cref="Rpc"/>.
/// </summary>
public sealed partial class EthereumRpcClient
{
    /// <summary>Wraps a JSON-RPC client.</summary>
    public EthereumRpcClient(JsonRpcClient rpc)
    {
        ArgumentNullException.ThrowIfNull(rpc);
        Rpc = rpc;
    }

    /// <summary>Creates the JSON-RPC client from a borrowed <see cref="HttpClient"/> and options.</summary>
    public EthereumRpcClient(HttpClient httpClient, JsonRpcClientOptions options)
        : this(new JsonRpcClient(httpClient, options))
    {
    }

    /// <summary>The underlying client, for other methods and for batches.</summary>
    public JsonRpcClient Rpc { get; }

    /// <summary><c>eth_chainId</c> (EIP-695): the chain id transactions must be signed for (EIP-155).</summary>
    public Task<ulong> GetChainIdAsync(CancellationToken cancellationToken) =>
        RequireAsync<ulong>("eth_chainId", [], cancellationToken);

    /// <summary><c>net_version</c>: the network id, a decimal string; on most chains equal to the chain id.</summary>
    public Task<string> GetNetworkVersionAsync(CancellationToken cancellationToken) =>
        RequireAsync<string>("net_version", [], cancellationToken);

    /// <summary><c>eth_blockNumber</c>: the number of the latest block.</summary>
    public Task<ulong> GetBlockNumberAsync(CancellationToken cancellationToken) =>
        RequireAsync<ulong>("eth_blockNumber", [], cancellationToken);

    /// <summary><c>eth_getBlockByNumber</c> with transaction hashes only; <see langword="null"/> if there is no such block yet.</summary>
    public Task<RpcBlock?> GetBlockByNumberAsync(BlockParameter block, CancellationToken cancellationToken) =>
        Rpc.SendAsync<RpcBlock>("eth_getBlockByNumber", [block, false], cancellationToken);

    /// <summary><c>eth_getBlockByHash</c> with transaction hashes only; <see langword="null"/> if the node does not know the block.</summary>
    public Task<RpcBlock?> GetBlockByHashAsync(Hash32 hash, CancellationToken cancellationToken) =>
        Rpc.SendAsync<RpcBlock>("eth_getBlockByHash", [hash, false], cancellationToken);

    /// <summary><c>eth_getBalance</c>: the account's balance in wei.</summary>
    public Task<BigInteger> GetBalanceAsync(Address account, BlockParameter block, CancellationToken cancellationToken) =>
        RequireAsync<BigInteger>("eth_getBalance", [account, block], cancellationToken);

    /// <summary>
    /// <c>eth_getTransactionCount</c>: the account's nonce. At <see cref="BlockParameter.Pending"/>
    /// it counts the node's pending transactions too: the nonce for the next one.
    /// </summary>
    public Task<ulong> GetTransactionCountAsync(Address account, BlockParameter block, CancellationToken cancellationToken) =>
        RequireAsync<ulong>("eth_getTransactionCount", [account, block], cancellationToken);

    /// <summary><c>eth_getCode</c>: the runtime code at the address; empty for an account without code.</summary>
    public Task<ReadOnlyMemory<byte>> GetCodeAsync(Address account, BlockParameter block, CancellationToken cancellationToken) =>
        Rpc.SendAsync<ReadOnlyMemory<byte>>("eth_getCode", [account, block], cancellationToken);

    /// <summary>
    /// <c>eth_call</c>: runs a message call against the state at <paramref name="block"/> without a
    /// transaction, and returns its output.
    /// </summary>
    /// <exception cref="ExecutionRevertedException">The call reverted; it carries the revert data.</exception>
    public Task<ReadOnlyMemory<byte>> CallAsync(RpcCallRequest call, BlockParameter block, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        return Rpc.SendAsync<ReadOnlyMemory<byte>>("eth_call", [call, block], cancellationToken);
    }

    /// <summary><c>eth_getLogs</c>: the logs matching the filter, in block and log order.</summary>
    /// <remarks>Nodes cap the range or the number of results, with an error; shrink the range and retry.</remarks>
    public async Task<IReadOnlyList<RpcLog>> GetLogsAsync(RpcLogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.BlockHash is not null && (filter.FromBlock is not null || filter.ToBlock is not null))
        {
            throw new ArgumentException("EIP-234: a filter has a block hash or a block range, not both.", nameof(filter));
        }
        return await Rpc.SendAsync<IReadOnlyList<RpcLog>>("eth_getLogs", [filter], cancellationToken) ?? [];
    }

    private async Task<T> RequireAsync<T>(string method, IReadOnlyList<object?> parameters, CancellationToken cancellationToken) =>
        await Rpc.SendAsync<T>(method, parameters, cancellationToken)
        ?? throw new RpcException(method, -32603, "The node answered null where the spec requires a value.", null);
}
