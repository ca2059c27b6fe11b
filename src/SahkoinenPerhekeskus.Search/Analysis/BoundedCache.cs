using System.Collections.Concurrent;

namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>
/// A concurrent memo with a hard size limit. Word frequencies are Zipfian, so simply starting over when the
/// limit is hit keeps the hot words cached without the bookkeeping of an LRU.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _items = new();

    public int Count => _items.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (_items.TryGetValue(key, out var value))
        {
            return value;
        }

        value = factory(key);
        if (_items.Count >= capacity)
        {
            _items.Clear();
        }

        _items.TryAdd(key, value);
        return value;
    }
}
