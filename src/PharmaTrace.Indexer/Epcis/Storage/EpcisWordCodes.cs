namespace PharmaTrace.Indexer.Epcis.Storage;

/// <summary>
/// The words of a fixed vocabulary (EPCIS actions, CBV business steps and dispositions) as the integer codes the read
/// model stores: each word's position in it. A catch-up sorts a million of each into an index, and integers sort
/// faster than words that share their first letters and are mostly equal.
/// </summary>
public sealed class EpcisWordCodes
{
    private readonly IReadOnlyList<string> _words;
    private readonly Dictionary<string, long> _codes;

    public EpcisWordCodes(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = words;
        _codes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            _codes.Add(words[i], i);
        }
    }

    /// <summary>The code of <paramref name="word"/> (null for null); a word outside the vocabulary is a mapping error.</summary>
    public long? Code(string? word) =>
        word is null ? null
        : _codes.TryGetValue(word, out var code) ? code
        : throw new ArgumentException($"'{word}' is not in the vocabulary ({string.Join(", ", _words)}).", nameof(word));

    /// <summary>The code of <paramref name="word"/>, or false when the vocabulary has no such word.</summary>
    public bool TryCode(string word, out long code) => _codes.TryGetValue(word, out code);

    /// <summary>The word of a stored code.</summary>
    public string Word(long code) =>
        code >= 0 && code < _words.Count ? _words[(int)code] : throw new InvalidOperationException($"{code} is no code of this vocabulary: the read model is damaged.");
}
