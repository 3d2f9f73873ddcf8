using PharmaTrace.Ledger.Codecs;

namespace PharmaTrace.Ledger.Tests.Chain;

/// <summary>
/// Tiny contracts written by hand in EVM bytecode (Yellow Paper, appendix H; PUSH0 from EIP-3855),
/// so the RPC tests need no compiler.
/// </summary>
internal static class EvmBytecode
{
    /// <summary>
    /// Init code that returns <paramref name="runtime"/> as the contract's code:
    /// PUSH1 len, DUP1, PUSH1 9, PUSH0, CODECOPY, PUSH0, RETURN, then the runtime itself.
    /// </summary>
    public static byte[] Deploy(ReadOnlySpan<byte> runtime)
    {
        if (runtime.Length > 0xff)
        {
            throw new ArgumentException("This init code handles runtimes up to 255 bytes.", nameof(runtime));
        }
        byte[] prefix = [0x60, (byte)runtime.Length, 0x80, 0x60, 0x09, 0x5f, 0x39, 0x5f, 0xf3];
        return [.. prefix, .. runtime];
    }

    /// <summary>
    /// Runtime code that reverts every call with exactly <paramref name="revertData"/>, kept after the
    /// code: PUSH1 len, PUSH1 10, PUSH0, CODECOPY, PUSH1 len, PUSH0, REVERT, data.
    /// </summary>
    public static byte[] RevertWith(ReadOnlySpan<byte> revertData)
    {
        if (revertData.Length > 0xff - 10)
        {
            throw new ArgumentException("Revert data up to 245 bytes.", nameof(revertData));
        }
        var length = (byte)revertData.Length;
        byte[] code = [0x60, length, 0x60, 0x0a, 0x5f, 0x39, 0x60, length, 0x5f, 0xfd];
        return [.. code, .. revertData];
    }

    /// <summary>
    /// Runtime code that emits LOG1 with <paramref name="topic"/> and the call data as the log data:
    /// CALLDATASIZE, PUSH0, PUSH0, CALLDATACOPY, PUSH32 topic, CALLDATASIZE, PUSH0, LOG1, STOP.
    /// </summary>
    public static byte[] EmitLog(ReadOnlySpan<byte> topic)
    {
        if (topic.Length != 32)
        {
            throw new ArgumentException("A topic is 32 bytes.", nameof(topic));
        }
        return [0x36, 0x5f, 0x5f, 0x37, 0x7f, .. topic, 0x36, 0x5f, 0xa1, 0x00];
    }

    /// <summary>The 4-byte selector of a function or custom error signature (ABI spec, "Function Selector").</summary>
    public static byte[] Selector(string signature) => Keccak256.Hash(System.Text.Encoding.ASCII.GetBytes(signature))[..4];
}
