using System.Runtime.InteropServices;

namespace EdocMan.Search.Extraction.Ocr;

/// <summary>
/// Reads and writes the C library's environment, which is what native code sees.
/// </summary>
/// <remarks>
/// Implementation note: on Linux <see cref="Environment.SetEnvironmentVariable(string, string)"/> only
/// changes .NET's own copy of the environment; native <c>getenv</c> never sees it. libgomp (pulled in
/// by libtesseract) reads <c>OMP_THREAD_LIMIT</c> once, when it is loaded, so the variable has to be in
/// libc's environment before libtesseract is. Without it OpenMP spins on every core and a page takes
/// 4.5–9 s instead of 1.5–3 s.
/// </remarks>
internal static partial class NativeEnvironment
{
    private const string LibC = "libc.so.6"; // "libc" alone resolves to libc.so, a linker script on glibc

    /// <summary>
    /// Sets <c>OMP_THREAD_LIMIT=1</c> unless the operator already chose a value. Never throws.
    /// </summary>
    public static void LimitOpenMpThreads()
    {
        Set("OMP_THREAD_LIMIT", "1", overwrite: false);
    }

    /// <summary>Sets a variable in libc's environment; false when not on glibc or it failed.</summary>
    public static bool Set(string name, string value, bool overwrite)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return SetEnv(name, value, overwrite ? 1 : 0) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // musl or another libc: the operator has to set the variable.
        }
    }

    /// <summary>A variable as native code sees it, or null.</summary>
    public static string? Get(string name)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Environment.GetEnvironmentVariable(name);
        }
        try
        {
            return Marshal.PtrToStringUTF8(GetEnv(name));
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport(LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    [LibraryImport(LibC, EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);
}
