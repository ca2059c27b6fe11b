using System.Collections.Concurrent;

namespace SahkoinenPerhekeskus.Search.Analysis.Voikko;

/// <summary>
/// A Voikko handle is not thread-safe, so each analysis rents one. Handles are created on demand
/// (one per concurrently analysing thread in practice) and kept for reuse.
/// </summary>
internal sealed class VoikkoPool : IDisposable
{
    private readonly ConcurrentBag<VoikkoInstance> _idle = [];
    private readonly ConcurrentBag<VoikkoInstance> _all = [];
    private bool _disposed;

    private VoikkoPool(VoikkoInstance first)
    {
        _idle.Add(first);
        _all.Add(first);
    }

    /// <summary>Loads libvoikko and opens the first handle; throws when the library or dictionary is missing.</summary>
    public static VoikkoPool Create(string libraryName)
    {
        VoikkoNative.UseLibrary(libraryName);
        return new VoikkoPool(VoikkoInstance.Open());
    }

    public IReadOnlyList<RawAnalysis> Analyze(string word)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out var instance))
        {
            instance = VoikkoInstance.Open();
            _all.Add(instance);
        }

        try
        {
            return instance.Analyze(word);
        }
        finally
        {
            _idle.Add(instance);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var instance in _all)
        {
            instance.Dispose();
        }
    }
}
