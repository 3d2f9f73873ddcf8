using PharmaTrace.Ledger.Rpc;

namespace PharmaTrace.Api.Writes;

/// <summary>
/// Which refusals of <c>eth_sendRawTransaction</c> are final for these exact bytes. The node checks a
/// transaction's validity before its pool takes it (go-ethereum core/txpool/validation.go, reth's
/// and Anvil's equivalents): a gas limit below the intrinsic gas (EIP-2028, EIP-7623 floor) or above
/// the block's, a signature that recovers no sender or signs for another chain, an unknown
/// transaction type, oversized data. Resending the same bytes can never change the answer. The rest
/// (nonce gaps, full pool, fee too low for now, insufficient funds) can, and are retried.
/// </summary>
internal static class RefusalKind
{
    private static readonly string[] Permanent =
    [
        "intrinsic gas too low", "intrinsic gas too high", "gas limit too low", "floor data gas", "exceeds block gas limit", "gas limit reached",
        "invalid sender", "invalid signature", "invalid chain id", "chain id mismatch", "incorrect chain id",
        "transaction type not supported", "tx type not supported", "oversized data", "max initcode size exceeded",
    ];

    public static bool IsPermanent(RpcException exception) =>
        exception is not (NonceTooHighException or NonceTooLowException or InsufficientFundsException or TransactionUnderpricedException or ReplacementUnderpricedException or TransactionAlreadyKnownException)
        && Permanent.Any(p => exception.RpcMessage.Contains(p, StringComparison.OrdinalIgnoreCase));
}
