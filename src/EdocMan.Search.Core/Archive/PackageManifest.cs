using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EdocMan.Search.Core.Archive;

/// <summary>One thing that differs between a transfer package and what it should be.</summary>
/// <param name="Entry">The package entry concerned (path inside the ZIP), or "" for the package itself.</param>
/// <param name="Problem">What differs, in Vietnamese for the archivist.</param>
public sealed record PackageMismatch(string Entry, string Problem);

/// <summary>
/// The manifest of a transfer package: one line per entry, <c>{sha256}  {path}</c>, sorted by path.
/// </summary>
/// <remarks>
/// Implementation note: the format is the one <c>sha256sum</c> writes, so the archive can check a
/// package with <c>sha256sum -c manifest-sha256.txt</c> on any machine, without this system. The manifest
/// does not list itself; the package's own hash, recorded on the transfer, covers it. Pure and thread-safe.
/// </remarks>
public static class PackageManifest
{
    /// <summary>The manifest's path inside the package.</summary>
    public const string EntryName = "manifest-sha256.txt";

    /// <summary>Lower-case hexadecimal SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The manifest's text for entries given as path → SHA-256.</summary>
    public static string Write(IReadOnlyDictionary<string, string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var builder = new StringBuilder();
        foreach (var (path, hash) in hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            if (path.Contains('\n') || path == EntryName)
            {
                throw new ArgumentException($"Entry “{path}” cannot be listed in a manifest.", nameof(hashes));
            }
            builder.Append(hash.ToLowerInvariant()).Append("  ").Append(path).Append('\n');
        }
        return builder.ToString();
    }

    /// <summary>Reads a manifest; lines that are not <c>{64 hex}  {path}</c> are reported, not skipped.</summary>
    public static (IReadOnlyDictionary<string, string> Hashes, IReadOnlyList<PackageMismatch> Errors) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var errors = new List<PackageMismatch>();
        var lineNumber = 0;
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            if (line.Length < 67 || line[64] != ' ' || line[65] != ' ' || !IsHex(line.AsSpan(0, 64)))
            {
                errors.Add(new PackageMismatch(EntryName, string.Create(CultureInfo.InvariantCulture, $"dòng {lineNumber} của bảng kê không đúng dạng “mã SHA-256  tên tệp”.")));
                continue;
            }
            var path = line[66..];
            if (!hashes.TryAdd(path, line[..64].ToLowerInvariant()))
            {
                errors.Add(new PackageMismatch(path, "tệp được kê hai lần trong bảng kê."));
            }
        }
        return (hashes, errors);
    }

    /// <summary>
    /// Compares the manifest with the entries found in the package (path → SHA-256 of the bytes read, or
    /// null when the entry could not be read): every listed entry must be present and match, and nothing
    /// may be present that is not listed.
    /// </summary>
    public static IReadOnlyList<PackageMismatch> Compare(IReadOnlyDictionary<string, string> manifest, IReadOnlyDictionary<string, string?> found)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(found);
        var mismatches = new List<PackageMismatch>();
        foreach (var (path, expected) in manifest.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!found.TryGetValue(path, out var actual))
            {
                mismatches.Add(new PackageMismatch(path, "tệp có trong bảng kê nhưng không có trong gói."));
            }
            else if (actual is null)
            {
                mismatches.Add(new PackageMismatch(path, "tệp trong gói bị hỏng, không đọc được."));
            }
            else if (!string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                mismatches.Add(new PackageMismatch(path, $"mã SHA-256 của tệp ({Short(actual)}…) khác với bảng kê ({Short(expected)}…): nội dung đã bị thay đổi."));
            }
        }
        foreach (var path in found.Keys.Where(p => p != EntryName && !manifest.ContainsKey(p)).Order(StringComparer.Ordinal))
        {
            mismatches.Add(new PackageMismatch(path, "tệp có trong gói nhưng không có trong bảng kê."));
        }
        return mismatches;
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
