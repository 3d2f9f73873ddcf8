using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Hosting;
using PharmaTrace.Api.Security;
using PharmaTrace.Ledger.Primitives;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Sending;

namespace PharmaTrace.Api.Writes;

/// <summary>What the signer queues share: the chain, the outbox, the keys, fees and gas estimates.</summary>
internal sealed class WriteServices(ApiSettings settings, LedgerChain chain, OutboxStore store, SigningKeyVault vault, OutboxMonitor monitor)
{
    private FeeOracle? _fees;
    private ulong? _chainId;
    private ulong? _maxMulticallGas;
    private volatile bool _accessListSupported = true;

    public ApiSettings Settings => settings;
    public LedgerChain Chain => chain;
    public OutboxStore Store => store;
    public SigningKeyVault Vault => vault;
    public OutboxMonitor Monitor => monitor;

    public FeeOracle Fees(EthereumRpcClient client) => _fees ??= new FeeOracle(client, TimeSpan.FromSeconds(5));

    public async Task<ulong> ChainIdAsync(CancellationToken cancellationToken) =>
        _chainId ??= await chain.Client.GetChainIdAsync(cancellationToken);

    /// <summary>
    /// The most gas a merged transaction may ask for: nine tenths of the block gas limit (27M of the
    /// usual 30M, 54M of the embedded chain's 60M). The estimate carries 25% headroom, so the gas
    /// used is lower still; a batch asking for more is halved.
    /// </summary>
    public async Task<ulong> MaxMulticallGasAsync(CancellationToken cancellationToken)
    {
        if (_maxMulticallGas is null)
        {
            var blockGasLimit = (await chain.Client.GetBlockByNumberAsync(BlockParameter.Latest, cancellationToken))?.GasLimit ?? 30_000_000;
            _maxMulticallGas = blockGasLimit - (blockGasLimit / 10);
        }
        return _maxMulticallGas.Value;
    }

    /// <summary>Runs the call as the signer (<c>eth_call</c>, one execution); a revert becomes <see cref="TransactionRevertedException"/>.</summary>
    public async Task CheckAsync(Address signer, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        try
        {
            await chain.Client.CallAsync(new RpcCallRequest { From = signer, To = chain.Contract, Data = data }, BlockParameter.Latest, cancellationToken);
        }
        catch (ExecutionRevertedException e)
        {
            Ledger.Contracts.PharmaLedger.TryDecodeError(e.RevertData.Span, out var error);
            throw new TransactionRevertedException(null, e.RevertData, error, e);
        }
    }

    /// <summary>
    /// The gas of the call as the signer, plus 25% headroom (state can change before inclusion, and
    /// refunds are only paid back at the end). <c>eth_createAccessList</c> (EIP-2930's companion RPC)
    /// reports the gas used from one execution, where <c>eth_estimateGas</c> binary-searches with
    /// several; nodes without it get <c>eth_estimateGas</c>. A revert becomes
    /// <see cref="TransactionRevertedException"/> with the decoded custom error, before anything is signed.
    /// </summary>
    public async Task<ulong> EstimateAsync(Address signer, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var call = new RpcCallRequest { From = signer, To = chain.Contract, Data = data };
        try
        {
            ulong used;
            if (_accessListSupported)
            {
                try
                {
                    var result = await chain.Client.Rpc.SendAsync<System.Text.Json.JsonElement>("eth_createAccessList", [call, BlockParameter.Latest], cancellationToken);
                    if (result.TryGetProperty("error", out var failure) && failure.ValueKind == System.Text.Json.JsonValueKind.String)
                    {
                        // Some nodes report the revert inside the result; let eth_estimateGas give the revert data.
                        used = await chain.Client.EstimateGasAsync(call, null, cancellationToken);
                    }
                    else
                    {
                        used = ulong.Parse(result.GetProperty("gasUsed").GetString()!.AsSpan(2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                catch (RpcException e) when (e is not ExecutionRevertedException && e.Code is RpcException.MethodNotFound or RpcException.MethodNotSupported)
                {
                    _accessListSupported = false;
                    used = await chain.Client.EstimateGasAsync(call, null, cancellationToken);
                }
            }
            else
            {
                used = await chain.Client.EstimateGasAsync(call, null, cancellationToken);
            }
            // EIP-7623 (Prague): a transaction pays at least 21,000 + 10 per calldata token (a zero byte is
            // one token, any other four); a limit below that floor is refused by the node outright.
            var tokens = 0UL;
            foreach (var b in data.Span)
            {
                tokens += b == 0 ? 1UL : 4UL;
            }
            used = Math.Max(used, 21_000 + (10 * tokens));
            return used + (used / 4);
        }
        catch (ExecutionRevertedException e)
        {
            Ledger.Contracts.PharmaLedger.TryDecodeError(e.RevertData.Span, out var error);
            throw new TransactionRevertedException(null, e.RevertData, error, e);
        }
    }
}
