using System.Runtime.InteropServices;

namespace SahkoinenPerhekeskus.Search.Analysis.Voikko;

/// <summary>One Voikko handle. Not thread-safe: callers rent it from <see cref="VoikkoPool"/>.</summary>
internal sealed class VoikkoInstance : IDisposable
{
    private static readonly string[] Keys = ["BASEFORM", "WORDBASES", "STRUCTURE", "CLASS", "SIJAMUOTO"];
    private readonly VoikkoSafeHandle _handle;

    private VoikkoInstance(VoikkoSafeHandle handle) => _handle = handle;

    /// <summary>Opens the Finnish dictionary; throws <see cref="InvalidOperationException"/> with Voikko's reason on failure.</summary>
    public static VoikkoInstance Open()
    {
        var handle = VoikkoNative.Init(out var error, "fi", null);
        if (error != IntPtr.Zero || handle.IsInvalid)
        {
            var reason = error == IntPtr.Zero ? "unknown error" : Marshal.PtrToStringUTF8(error);
            handle.SetHandleAsInvalid();
            throw new InvalidOperationException($"voikkoInit failed: {reason}");
        }

        return new VoikkoInstance(handle);
    }

    public IReadOnlyList<RawAnalysis> Analyze(string word)
    {
        var list = VoikkoNative.AnalyzeWord(_handle, word);
        if (list == IntPtr.Zero)
        {
            return [];
        }

        try
        {
            var result = new List<RawAnalysis>();
            for (var i = 0; ; i++)
            {
                var analysis = Marshal.ReadIntPtr(list, i * IntPtr.Size);
                if (analysis == IntPtr.Zero)
                {
                    break;
                }

                var values = new string?[Keys.Length];
                for (var k = 0; k < Keys.Length; k++)
                {
                    values[k] = ReadValue(analysis, Keys[k]);
                }

                if (values[0] is { Length: > 0 } baseForm)
                {
                    result.Add(new RawAnalysis(baseForm, values[1], values[2], values[3], values[4]));
                }
            }

            return result;
        }
        finally
        {
            VoikkoNative.FreeAnalysis(list);
        }
    }

    private static string? ReadValue(IntPtr analysis, string key)
    {
        var value = VoikkoNative.AnalysisValue(analysis, key);
        if (value == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(value);
        }
        finally
        {
            VoikkoNative.FreeAnalysisValue(value);
        }
    }

    public void Dispose() => _handle.Dispose();
}
