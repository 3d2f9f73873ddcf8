using System.Text.Json;
using PharmaTrace.Ledger.Codecs;
using PharmaTrace.Ledger.Rpc;
using PharmaTrace.Ledger.Rpc.Json;

namespace PharmaTrace.Ledger.Tests.Rpc;

/// <summary>
/// Error objects as the nodes we meet send them, mapped to the exceptions callers act on. Each
/// case names its source: "observed" cases were captured from the node named; the others follow
/// the node's source code or documentation, as cited.
/// </summary>
public sealed class RpcErrorMapperTests
{
    public sealed record ErrorCase(string Source, string ErrorJson, Type Expected, string? RevertHex = null)
    {
        public override string ToString() => Source;
    }

    private static readonly ErrorCase[] Cases =
    [
        // Reverts: the revert bytes are in data, as a string or nested.
        new("Anvil 1.7.1, eth_call of a custom error (observed)",
            """{"code":3,"message":"execution reverted: custom error 0xdeadbeef","data":"0xdeadbeef"}""",
            typeof(ExecutionRevertedException), "0xdeadbeef"),
        new("geth, Error(string) revert (execution-apis, code 3)",
            """{"code":3,"message":"execution reverted: no","data":"0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000026e6f000000000000000000000000000000000000000000000000000000000000"}""",
            typeof(ExecutionRevertedException),
            "0x08c379a0000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000000026e6f000000000000000000000000000000000000000000000000000000000000"),
        new("geth, bare revert() without data",
            """{"code":-32000,"message":"execution reverted"}""",
            typeof(ExecutionRevertedException), "0x"),
        new("Hardhat 3.18 (EDR 0.22), unrecognized custom error (observed)",
            """{"code":3,"message":"VM Exception while processing transaction: reverted with an unrecognized custom error (return data: 0xdeadbeef)","data":"0xdeadbeef"}""",
            typeof(ExecutionRevertedException), "0xdeadbeef"),
        new("Hardhat 2, custom error nested as data.data",
            """{"code":-32603,"message":"Error: VM Exception while processing transaction: reverted with custom error 'Suspended()'","data":{"message":"Error: VM Exception while processing transaction: reverted with custom error 'Suspended()'","data":"0x2f0470fc"}}""",
            typeof(ExecutionRevertedException), "0x2f0470fc"),
        new("MetaMask / proxy, revert wrapped as data.originalError",
            """{"code":-32603,"message":"Internal JSON-RPC error.","data":{"originalError":{"code":3,"message":"execution reverted","data":"0xcafe"}}}""",
            typeof(ExecutionRevertedException), "0xcafe"),
        new("Ganache 7, data.result",
            """{"code":-32000,"message":"VM Exception while processing transaction: revert","data":{"hash":null,"programCounter":12,"result":"0xbeef","reason":null,"message":"revert"}}""",
            typeof(ExecutionRevertedException), "0xbeef"),
        new("Ganache 2, data keyed by transaction hash with return",
            """{"code":-32000,"message":"VM Exception while processing transaction: revert","data":{"0x0000000000000000000000000000000000000000000000000000000000000001":{"error":"revert","program_counter":1,"return":"0xf00d"},"stack":"RuntimeError","name":"RuntimeError"}}""",
            typeof(ExecutionRevertedException), "0xf00d"),
        new("Nethermind (older), hex prefixed with Reverted",
            """{"code":-32015,"message":"VM execution error.","data":"Reverted 0xabcd"}""",
            typeof(ExecutionRevertedException), "0xabcd"),
        new("Besu, Execution reverted",
            """{"code":-32000,"message":"Execution reverted","data":"0x1234"}""",
            typeof(ExecutionRevertedException), "0x1234"),

        // Transaction pool answers to eth_sendRawTransaction.
        new("Anvil 1.7.1, same bytes pending (observed)", """{"code":-32003,"message":"transaction already imported"}""", typeof(TransactionAlreadyKnownException)),
        new("geth, already known", """{"code":-32000,"message":"already known"}""", typeof(TransactionAlreadyKnownException)),
        new("Hardhat 3.18, same bytes pending (observed)", """{"code":-32000,"message":"Known transaction: 0x42ee","data":{"message":"Known transaction: 0x42ee"}}""", typeof(TransactionAlreadyKnownException)),
        new("Nethermind, AlreadyKnown", """{"code":-32010,"message":"AlreadyKnown"}""", typeof(TransactionAlreadyKnownException)),
        new("Anvil 1.7.1, nonce too low (observed)", """{"code":-32003,"message":"nonce too low"}""", typeof(NonceTooLowException)),
        new("geth, nonce too low with details", """{"code":-32000,"message":"nonce too low: next nonce 5, tx nonce 3"}""", typeof(NonceTooLowException)),
        new("Hardhat 3.18, nonce too low (observed)", """{"code":-32000,"message":"Nonce too low. Expected nonce to be 1 but got 0. Note that transactions can't be queued when automining.","data":{"message":"Nonce too low. Expected nonce to be 1 but got 0. Note that transactions can't be queued when automining."}}""", typeof(NonceTooLowException)),
        new("Besu, NONCE_TOO_LOW", """{"code":-32001,"message":"NONCE_TOO_LOW"}""", typeof(NonceTooLowException)),
        new("Nethermind, OldNonce", """{"code":-32010,"message":"OldNonce"}""", typeof(NonceTooLowException)),
        new("Hardhat 3.18 automining, nonce too high (observed)", """{"code":-32000,"message":"Nonce too high. Expected nonce to be 1 but got 5. Note that transactions can't be queued when automining.","data":{"message":"Nonce too high. Expected nonce to be 1 but got 5. Note that transactions can't be queued when automining."}}""", typeof(NonceTooHighException)),
        new("Nethermind, NonceGap", """{"code":-32010,"message":"NonceGap"}""", typeof(NonceTooHighException)),
        new("Anvil 1.7.1, insufficient funds (observed)", """{"code":-32003,"message":"Insufficient funds for gas * price + value"}""", typeof(InsufficientFundsException)),
        new("geth, insufficient funds", """{"code":-32000,"message":"insufficient funds for gas * price + value: address 0x01 have 0 want 21000"}""", typeof(InsufficientFundsException)),
        new("Hardhat 3.18, not enough funds (observed)", """{"code":-32000,"message":"Sender doesn't have enough funds to send tx. The max upfront cost is: 63000000000001 and the sender's balance is: 0.","data":{"message":"Sender doesn't have enough funds to send tx. The max upfront cost is: 63000000000001 and the sender's balance is: 0."}}""", typeof(InsufficientFundsException)),
        new("Anvil 1.7.1, replacement underpriced (observed)", """{"code":-32003,"message":"replacement transaction underpriced"}""", typeof(ReplacementUnderpricedException)),
        new("Hardhat 3.18, replacement underpriced (observed)", """{"code":-32000,"message":"Replacement transaction underpriced. A gasPrice/maxFeePerGas of at least 3300000000 is necessary to replace the existing transaction with nonce 0.","data":{"message":"Replacement transaction underpriced. A gasPrice/maxFeePerGas of at least 3300000000 is necessary to replace the existing transaction with nonce 0."}}""", typeof(ReplacementUnderpricedException)),
        new("Anvil 1.7.1, fee cap below base fee (observed)", """{"code":-32003,"message":"max fee per gas less than block base fee"}""", typeof(TransactionUnderpricedException)),
        new("geth, transaction underpriced", """{"code":-32000,"message":"transaction underpriced: tip needed 1, tip permitted 0"}""", typeof(TransactionUnderpricedException)),
        new("Hardhat 3.18, fee cap too low for the next block (observed)", """{"code":-32000,"message":"Transaction maxFeePerGas (1) is too low for the next block, which has a baseFeePerGas of 670168144","data":{"message":"Transaction maxFeePerGas (1) is too low for the next block, which has a baseFeePerGas of 670168144"}}""", typeof(TransactionUnderpricedException)),
        new("Nethermind, FeeTooLow", """{"code":-32010,"message":"FeeTooLow"}""", typeof(TransactionUnderpricedException)),

        // Everything else stays a plain RpcException.
        new("Anvil 1.7.1, unknown method (observed)", """{"code":-32601,"message":"Method not found"}""", typeof(RpcException)),
        new("Anvil 1.7.1, undecodable transaction (observed)", """{"code":-32602,"message":"Failed to decode transaction"}""", typeof(RpcException)),
        new("Anvil 1.7.1, intrinsic gas too low (observed)", """{"code":-32000,"message":"intrinsic gas too low"}""", typeof(RpcException)),
        new("Hardhat 3.18, automined transaction out of gas (observed)", """{"code":-32000,"message":"Transaction ran out of gas","data":{"message":"Transaction ran out of gas","txHash":"0xb6d6","data":"0x"}}""", typeof(RpcException)),
    ];

    [TestCaseSource(nameof(Cases))]
    public void A_node_error_maps_to_the_exception_callers_act_on(ErrorCase errorCase)
    {
        var error = JsonSerializer.Deserialize(errorCase.ErrorJson, RpcJson.TypeInfo<JsonRpcError>())!;

        var exception = RpcErrorMapper.Map("eth_sendRawTransaction", error);

        Assert.That(exception.GetType(), Is.EqualTo(errorCase.Expected));
        Assert.That(exception.RpcMessage, Is.EqualTo(error.Message));
        if (errorCase.RevertHex is not null)
        {
            Assert.That(Hex.Encode(((ExecutionRevertedException)exception).RevertData.Span), Is.EqualTo(errorCase.RevertHex));
        }
    }

    [Test]
    public void The_error_data_is_kept_as_raw_json()
    {
        var error = JsonSerializer.Deserialize("""{"code":3,"message":"execution reverted","data":"0x01"}""", RpcJson.TypeInfo<JsonRpcError>())!;

        Assert.That(RpcErrorMapper.Map("eth_call", error).ErrorData, Is.EqualTo("\"0x01\""));
    }
}
