using PharmaTrace.Api.Chain;
using PharmaTrace.Api.Problems;
using PharmaTrace.Ledger.Contracts;
using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// A receipt carries no revert data (EIP-658 gives only status 0), so a transaction mined with status
/// 0 is run again with <c>eth_call</c>, same sender, target, data and gas: first on the state after its
/// block (which holds the earlier transaction that changed the state under it, when it came in the same
/// block), then on the state before it. The revert data is the contract's custom error.
/// </summary>
internal static class RevertReplay
{
    public static async Task<(byte[] Data, string Text)?> ReplayAsync(LedgerChain chain, RpcTransactionReceipt receipt, CancellationToken cancellationToken)
    {
        var transaction = await chain.Client.GetTransactionByHashAsync(receipt.TransactionHash, cancellationToken);
        if (transaction is null)
        {
            return null;
        }
        var call = new RpcCallRequest { From = transaction.From, To = transaction.To, Data = transaction.Input, Gas = transaction.Gas };
        foreach (var block in (ulong[])[receipt.BlockNumber, receipt.BlockNumber > 0 ? receipt.BlockNumber - 1 : 0])
        {
            try
            {
                await chain.Client.CallAsync(call, BlockParameter.FromNumber(block), cancellationToken);
            }
            catch (ExecutionRevertedException e)
            {
                var data = e.RevertData.ToArray();
                return (data, PharmaLedger.TryDecodeError(data, out var error) && error is not null
                    ? $"{error.Name}: {ContractErrorText.Describe(error)}"
                    : "the contract reverted without a known error.");
            }
        }
        // The call succeeds on both states (it ran out of gas, or depended on its place in the block).
        return null;
    }
}
