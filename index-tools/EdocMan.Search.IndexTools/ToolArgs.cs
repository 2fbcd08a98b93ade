using System.Globalization;

namespace EdocMan.Search.IndexTools;

/// <summary>Reads <c>--name value</c> options from the command line; unknown options are ignored.</summary>
internal static class ToolArgs
{
    /// <summary>The value after the last <paramref name="name"/>, or <c>null</c>.</summary>
    public static string? Value(string[] args, string name)
    {
        var i = Array.LastIndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    /// <summary>The values after every <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> All(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]).ToList();

    /// <summary>The integer after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
