using System.Numerics;

namespace PharmaTrace.Ledger.Abi;

/// <summary>Revert data decoded to an error name and arguments (see <see cref="RevertDecoder"/>).</summary>
public sealed class RevertReason
{
    internal RevertReason(RevertKind kind, ReadOnlyMemory<byte> data, AbiError? error = null,
        IReadOnlyList<object>? arguments = null, string? message = null)
    {
        Kind = kind;
        Data = data;
        Error = error;
        Arguments = arguments ?? [];
        Message = message;
    }

    /// <summary>What the data turned out to be.</summary>
    public RevertKind Kind { get; }

    /// <summary>The raw revert data.</summary>
    public ReadOnlyMemory<byte> Data { get; }

    /// <summary>The error the data was decoded as; <see langword="null"/> for empty or unrecognized data.</summary>
    public AbiError? Error { get; }

    /// <summary>The error name (<c>Error</c>, <c>Panic</c> or the custom error's); empty when there is none.</summary>
    public string Name => Error?.Name ?? "";

    /// <summary>The decoded arguments, in declaration order.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>The reason string of <c>Error(string)</c> or the meaning of a panic code; otherwise <see langword="null"/>.</summary>
    public string? Message { get; }

    /// <summary>The code of a <c>Panic(uint256)</c>; otherwise <see langword="null"/>.</summary>
    public BigInteger? PanicCode => Kind == RevertKind.Panic ? (BigInteger)Arguments[0] : null;

    /// <summary>A one-line description, e.g. <c>Panic(0x11): arithmetic underflow or overflow</c>.</summary>
    public override string ToString() => Kind switch
    {
        RevertKind.Empty => "reverted without data",
        RevertKind.Error => $"Error: {Message}",
        RevertKind.Panic => $"Panic({PanicCodes.ToHex(PanicCode!.Value)}): {Message}",
        RevertKind.Custom => $"{Name}({string.Join(", ", Arguments)})",
        _ => $"unrecognized revert data {Codecs.Hex.Encode(Data.Span)}",
    };
}
