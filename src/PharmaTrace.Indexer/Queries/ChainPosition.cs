using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace PharmaTrace.Indexer.Queries;

/// <summary>
/// A log's place in the chain (block number, log index): the keyset of the provenance pages. Its page token
/// is opaque to clients (base64url of <c>block:log</c>): it only says where the previous page stopped, so
/// it needs no signature: a forged one only skips steps the caller could ask for anyway.
/// </summary>
public readonly record struct ChainPosition(long BlockNumber, long LogIndex)
{
    /// <summary>The SQL condition "after this position" on a table's <c>block_number</c> and <c>log_index</c>.</summary>
    public const string AfterCondition = "(block_number > @after_block OR (block_number = @after_block AND log_index > @after_log))";

    /// <summary>The page token of this position.</summary>
    public string ToToken() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{BlockNumber}:{LogIndex}")));

    /// <summary>Reads a page token made by <see cref="ToToken"/>; <see langword="false"/> for anything else.</summary>
    public static bool TryParseToken(string token, out ChainPosition position)
    {
        position = default;
        if (string.IsNullOrEmpty(token) || token.Length > 64 || !Base64Url.IsValid(token))
        {
            return false;
        }
        var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(token));
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0
            || !long.TryParse(text.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var block)
            || !long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var log))
        {
            return false;
        }
        position = new ChainPosition(block, log);
        return true;
    }
}
