using System.Reflection;
using System.Runtime.InteropServices;

namespace SahkoinenPerhekeskus.Search.Analysis.Voikko;

/// <summary>
/// P/Invoke into libvoikko (LGPL-2.1+). We link dynamically to the OS package and never ship the binary.
/// </summary>
internal static partial class VoikkoNative
{
    private const string LibraryAlias = "voikko";
    private static string LibraryName = "libvoikko.so.1";
    private static int ResolverInstalled;

    /// <summary>Installs the resolver once per process; the first configured library name wins.</summary>
    public static void UseLibrary(string name)
    {
        if (Interlocked.Exchange(ref ResolverInstalled, 1) == 0)
        {
            LibraryName = name;
            NativeLibrary.SetDllImportResolver(typeof(VoikkoNative).Assembly, Resolve);
        }
    }

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath) =>
        name == LibraryAlias && NativeLibrary.TryLoad(LibraryName, assembly, searchPath, out var handle) ? handle : IntPtr.Zero;

    [LibraryImport(LibraryAlias, EntryPoint = "voikkoInit", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial VoikkoSafeHandle Init(out IntPtr error, string languageCode, string? path);

    [LibraryImport(LibraryAlias, EntryPoint = "voikkoTerminate")]
    internal static partial void Terminate(IntPtr handle);

    [LibraryImport(LibraryAlias, EntryPoint = "voikkoAnalyzeWordCstr", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr AnalyzeWord(VoikkoSafeHandle handle, string word);

    [LibraryImport(LibraryAlias, EntryPoint = "voikko_mor_analysis_value_cstr", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr AnalysisValue(IntPtr analysis, string key);

    [LibraryImport(LibraryAlias, EntryPoint = "voikko_free_mor_analysis_value_cstr")]
    internal static partial void FreeAnalysisValue(IntPtr value);

    [LibraryImport(LibraryAlias, EntryPoint = "voikko_free_mor_analysis")]
    internal static partial void FreeAnalysis(IntPtr analyses);
}

/// <summary>Owns one Voikko instance; voikkoTerminate runs when it is released.</summary>
internal sealed class VoikkoSafeHandle : SafeHandle
{
    public VoikkoSafeHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        VoikkoNative.Terminate(handle);
        return true;
    }
}
