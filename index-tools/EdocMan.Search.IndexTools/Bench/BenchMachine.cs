using System.Globalization;
using System.Runtime.InteropServices;

namespace EdocMan.Search.IndexTools.Bench;

/// <summary>What the figures were measured on, and the process's memory high-water mark.</summary>
internal static class BenchMachine
{
    /// <summary>Peak resident set size in bytes: VmHWM on Linux, else the peak working set.</summary>
    public static long PeakRssBytes()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            var kb = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
            if (long.TryParse(kb, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return value * 1024;
            }
        }
        return System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;
    }

    /// <summary>CPU model, cores, memory and the load average now, on one line.</summary>
    public static string Describe()
    {
        var cpu = Read("/proc/cpuinfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var memory = Read("/proc/meminfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        return $"{Environment.ProcessorCount} cores, {cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, RAM {memory ?? "?"}, " +
               $"{RuntimeInformation.OSDescription}, .NET {Environment.Version}, load {LoadAverage()}";
    }

    /// <summary>The 1-, 5- and 15-minute load averages, or "?".</summary>
    public static string LoadAverage() => Read("/proc/loadavg") is { } l ? string.Join(' ', l.Split(' ').Take(3)) : "?";

    /// <summary>Total size of the files under <paramref name="folder"/>.</summary>
    public static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
