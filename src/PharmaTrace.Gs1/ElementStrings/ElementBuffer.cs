using System.Buffers;

namespace PharmaTrace.Gs1.ElementStrings;

/// <summary>
/// Collects parsed elements in a pooled array, so a parse allocates only the value strings and the
/// final exact-size array. Call <see cref="Dispose"/> in a finally block.
/// </summary>
internal struct ElementBuffer : IDisposable
{
    private AiElement[]? _items;

    public int Count { get; private set; }

    public void Add(AiElement element)
    {
        _items ??= ArrayPool<AiElement>.Shared.Rent(8);
        if (Count == _items.Length)
        {
            var larger = ArrayPool<AiElement>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(larger);
            ArrayPool<AiElement>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[Count++] = element;
    }

    public readonly ReadOnlySpan<AiElement> Elements => _items.AsSpan(0, Count);

    public readonly bool Contains(string ai)
    {
        foreach (var element in Elements)
        {
            if (string.Equals(element.Ai, ai, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        if (_items is not null)
        {
            ArrayPool<AiElement>.Shared.Return(_items, clearArray: true);
            _items = null;
        }
    }
}
