using PharmaTrace.Ledger.Rpc.Json;

namespace PharmaTrace.Ledger.Rpc;

/// <summary>
/// The block a read refers to (execution-apis, "Block tag or number"): a tag such as
/// <see cref="Latest"/>, or a block number. <c>default</c> is <see cref="Latest"/>.
/// </summary>
/// <remarks>
/// <see cref="Safe"/> and <see cref="Finalized"/> come from the merge (EIP-3675); nodes that predate
/// it, and some private networks, answer them with an error.
/// </remarks>
public readonly struct BlockParameter : IEquatable<BlockParameter>
{
    // default(BlockParameter) has neither a tag nor a number: it reads as "latest".
    private readonly string? _tag;

    private BlockParameter(string? tag, ulong number)
    {
        _tag = tag;
        Number = number;
        IsNumber = tag is null;
    }

    /// <summary>The head of the canonical chain.</summary>
    public static BlockParameter Latest => new("latest", 0);

    /// <summary>The pending state: the head plus the node's pending transactions (nonces, estimates).</summary>
    public static BlockParameter Pending => new("pending", 0);

    /// <summary>The genesis block.</summary>
    public static BlockParameter Earliest => new("earliest", 0);

    /// <summary>The latest block the consensus layer considers safe from reorganisation.</summary>
    public static BlockParameter Safe => new("safe", 0);

    /// <summary>The latest finalized block.</summary>
    public static BlockParameter Finalized => new("finalized", 0);

    /// <summary>The block with this number.</summary>
    public static BlockParameter FromNumber(ulong number) => new(null, number);

    /// <summary>Whether this is a block number rather than a tag.</summary>
    public bool IsNumber { get; }

    /// <summary>The block number when <see cref="IsNumber"/>; otherwise 0.</summary>
    public ulong Number { get; }

    /// <summary>The block number.</summary>
    public static implicit operator BlockParameter(ulong number) => FromNumber(number);

    /// <summary>The block number (CA2225's named alternative to the implicit conversion).</summary>
    public static BlockParameter ToBlockParameter(ulong number) => FromNumber(number);

    /// <summary>The tag (<c>latest</c>, <c>pending</c>, ...) or the number as a hex quantity.</summary>
    public override string ToString() => IsNumber ? HexQuantity.Format(Number) : Tag!;

    private string? Tag => IsNumber ? null : _tag ?? "latest";

    /// <inheritdoc/>
    public bool Equals(BlockParameter other) =>
        IsNumber == other.IsNumber && Number == other.Number && string.Equals(Tag, other.Tag, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BlockParameter other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsNumber, Number, Tag);

    /// <summary>Whether both name the same tag or the same number.</summary>
    public static bool operator ==(BlockParameter left, BlockParameter right) => left.Equals(right);

    /// <summary>Whether they name different tags or numbers.</summary>
    public static bool operator !=(BlockParameter left, BlockParameter right) => !left.Equals(right);
}
