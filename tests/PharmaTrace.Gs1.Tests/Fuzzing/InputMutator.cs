using System.Text;

namespace PharmaTrace.Gs1.Tests.Fuzzing;

/// <summary>
/// Makes fuzz inputs from valid seeds: random edits, splices and inserted tokens that matter to
/// the parsers (brackets, FNC1, escapes, URI delimiters, surrogates...), plus some pure noise.
/// Deterministic for a given seed, so a failure can be replayed.
/// </summary>
internal sealed class InputMutator(IReadOnlyList<string> seeds, int seed)
{
    private const string Alphabet =
        "0123456789012345678901234567890123456789ABCDEFXYZabcxyz!\"%&'()*+,-./:;<=>?_#^\\ []{}|~@$`\u001D\u001E\0\u00E9\uFFFD";

    private static readonly string[] Tokens =
    [
        "(", ")", "(01)", "(21)", "(10)", "(17)", "\\(", "^", "\u001D", "%", "%2F", "%25", "%00", "%G", "/", "//", "?",
        "&", "=", "?17=", "&10=", "#", "01", "21", "10", "17", "00", "414", "254", "8013", "3103", "]d2", "]Q1", "]E0",
        "https://", "urn:epc:id:sgtin:", ".", "..", "\uD83D", "\uDE00", "\uD83D\uDE00", new string('9', 40),
        new string('A', 120), new string('/', 30), "/01/09506000134352", "/21/", "09506000134352", "201231", "+",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        if (_random.Next(10) == 0)
        {
            return Noise(_random.Next(0, 80));
        }

        var text = new StringBuilder(seeds[_random.Next(seeds.Count)]);
        var edits = 1 + _random.Next(4);
        for (var i = 0; i < edits; i++)
        {
            Mutate(text);
        }

        return text.ToString();
    }

    private void Mutate(StringBuilder text)
    {
        var position = _random.Next(text.Length + 1);
        switch (_random.Next(8))
        {
            case 0 when text.Length > 0:
                text[Math.Min(position, text.Length - 1)] = Alphabet[_random.Next(Alphabet.Length)];
                break;
            case 1:
                text.Insert(position, Alphabet[_random.Next(Alphabet.Length)]);
                break;
            case 2 when text.Length > 0:
                text.Remove(Math.Min(position, text.Length - 1), Math.Min(1 + _random.Next(6), text.Length - Math.Min(position, text.Length - 1)));
                break;
            case 3 when text.Length > 0:
                var start = _random.Next(text.Length);
                var length = Math.Min(1 + _random.Next(20), text.Length - start);
                text.Insert(position, text.ToString(start, length));
                break;
            case 4:
                var other = seeds[_random.Next(seeds.Count)];
                var cut = _random.Next(other.Length + 1);
                text.Length = position;
                text.Append(other, cut, other.Length - cut);
                break;
            case 5:
                text.Length = position;
                break;
            default:
                text.Insert(position, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }

    private string Noise(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(_random.Next(4) == 0 ? (char)_random.Next(0, 0x10000) : Alphabet[_random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }
}
