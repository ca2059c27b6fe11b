using System.Collections.Concurrent;

namespace SahkoinenPerhekeskus.Search.Analysis;

/// <summary>
/// A concurrent memo with a hard size limit. Word frequencies are Zipfian, so simply starting over when the
/// limit is hit keeps the hot words cached without the bookkeeping of an LRU.
/// </summary>
internal sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> items = new();

    public int Count => items.Count;

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> factory)
    {
        if (items.TryGetValue(key, out var value))
        {
            return value;
        }

        value = factory(key);
        if (items.Count >= capacity)
        {
            items.Clear();
        }

        items.TryAdd(key, value);
        return value;
    }
}
