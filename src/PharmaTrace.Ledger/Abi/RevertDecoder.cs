using System.Numerics;

namespace PharmaTrace.Ledger.Abi;

/// <summary>
/// Turns a reverted call's data into a <see cref="RevertReason"/>: <c>Error(string)</c>,
/// <c>Panic(uint256)</c> with the code's meaning, or one of the given custom errors (Solidity
/// documentation, "Contract ABI Specification", section "Errors", and "Control Structures").
/// </summary>
public static class RevertDecoder
{
    /// <summary>Decodes <paramref name="data"/>, trying the built-in errors and then <paramref name="customErrors"/>.</summary>
    /// <remarks>Unknown selectors give <see cref="RevertKind.Unrecognized"/>, not an exception: any contract
    /// may revert with anything. Malformed arguments behind a known selector are an error, though.</remarks>
    /// <exception cref="AbiException">The selector is known but its arguments are malformed.</exception>
    public static RevertReason Decode(ReadOnlyMemory<byte> data, IReadOnlyList<AbiError>? customErrors = null)
    {
        var span = data.Span;
        if (span.IsEmpty)
        {
            return new RevertReason(RevertKind.Empty, data);
        }
        if (AbiError.BuiltInError.Matches(span))
        {
            var arguments = AbiError.BuiltInError.DecodeArguments(span);
            return new RevertReason(RevertKind.Error, data, AbiError.BuiltInError, arguments, (string)arguments[0]);
        }
        if (AbiError.BuiltInPanic.Matches(span))
        {
            var arguments = AbiError.BuiltInPanic.DecodeArguments(span);
            return new RevertReason(RevertKind.Panic, data, AbiError.BuiltInPanic, arguments, PanicCodes.Describe((BigInteger)arguments[0]));
        }
        if (customErrors is not null)
        {
            for (var i = 0; i < customErrors.Count; i++)
            {
                var error = customErrors[i];
                if (error.Matches(span))
                {
                    return new RevertReason(RevertKind.Custom, data, error, error.DecodeArguments(span));
                }
            }
        }
        return new RevertReason(RevertKind.Unrecognized, data);
    }
}
