namespace PharmaTrace.Ledger.Generators.Json;

/// <summary>A JSON number kept as its source text, so that writing it back loses nothing.</summary>
internal sealed class JsonNumber
{
    public JsonNumber(string text) => Text = text;

    public string Text { get; }

    public override string ToString() => Text;
}
